package vn.thidua.plan;

/** Who an award is proposed for. */
public enum RecipientKind {
    /** doanh nghiệp */
    ENTERPRISE,
    /** tập thể */
    COLLECTIVE,
    /** cá nhân */
    INDIVIDUAL,
    /** hộ gia đình */
    HOUSEHOLD
}
