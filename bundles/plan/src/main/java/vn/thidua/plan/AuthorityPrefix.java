package vn.thidua.plan;

/** The authority a signer signs with (quyền hạn, Nghị định 30/2020 Điều 13). */
public enum AuthorityPrefix {
    /** TM.: on behalf of a collective body. */
    TM,
    /** KT.: a deputy signing for the head. */
    KT,
    /** Q.: acting head. */
    Q,
    /** TL.: by order (thừa lệnh). */
    TL,
    /** TUQ.: by authorisation (thừa ủy quyền). */
    TUQ;

    /** The prefix the Nghị định 30/2020 way: {@code TM.}. */
    public String written() {
        return name() + ".";
    }
}
