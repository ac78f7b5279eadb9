package vn.thidua.plan;

/** How the legal bases stand in the document. */
public enum BasesLayout {
    /** One basis per line, the Nghị định 30/2020 way (each may start with a marker such as "-"). */
    LINES,
    /** All bases in one running paragraph, as many older plans write them. */
    RUN_ON
}
