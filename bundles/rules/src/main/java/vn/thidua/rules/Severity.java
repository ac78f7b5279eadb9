package vn.thidua.rules;

/** How much a finding matters: an error makes a plan invalid, a warning or an info does not. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
