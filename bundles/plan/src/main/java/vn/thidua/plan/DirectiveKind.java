package vn.thidua.plan;

/**
 * How a plan addresses a unit it assigns duties to: an order to a body under the issuer, a request
 * to a body it cannot order, or a call to take part.
 */
public enum DirectiveKind {
    /** An order ({@code Giao Sở Nội vụ ...}, or a unit heading under {@code Tổ chức thực hiện}). */
    GIAO,
    /** A request to a body the issuer cannot order ({@code Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ...}). */
    DE_NGHI,
    /** Coordination with the issuer's own work ({@code Phối hợp ...}). */
    PHOI_HOP
}
