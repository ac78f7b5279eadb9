package vn.thidua.plan;

/**
 * The kind of body that issues a plan. Rule packs are keyed on it beside the province, because one
 * province's board, People's Committee, departments and blocs each write their plans their own way.
 */
public enum IssuerKind {
    /** An industrial-park or economic-zone management board (Ban Quản lý các KCN / Khu kinh tế). */
    BOARD,
    /** The provincial People's Committee (UBND tỉnh / thành phố trực thuộc trung ương). */
    PEOPLES_COMMITTEE,
    /** A department of the provincial People's Committee (Sở). */
    DEPARTMENT,
    /** An emulation bloc (Cụm / Khối thi đua), written by its leading unit. */
    BLOC
}
