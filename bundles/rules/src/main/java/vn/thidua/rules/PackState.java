package vn.thidua.rules;

/** Whether a pack the extender found can be used. */
public enum PackState {
    /** Loaded; it is in force for its province over its period unless a higher version covers the same date. */
    LOADED,
    /** Its descriptor is invalid; {@link RulePackInfo#refusal()} says why. It is never in force. */
    REFUSED
}
