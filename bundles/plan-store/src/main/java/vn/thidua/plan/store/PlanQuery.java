package vn.thidua.plan.store;

import vn.thidua.plan.IssuerKind;

/**
 * A filter for listing plans; {@code null} fields do not filter.
 *
 * @param provinceCode only this province
 * @param year         only this plan year
 * @param status       only this status
 * @param text         words to find in the title or in task contents, with or without Vietnamese
 *                     diacritics ({@code ke hoach} finds {@code kế hoạch})
 * @param deleted      list soft-deleted plans instead of live ones
 * @param offset       how many matching plans to skip (0 or more)
 * @param limit        how many to return (1 to 500)
 * @param lineage      with {@code provinceCode}: also the plans of every province it absorbed
 *                     ({@code bac-ninh} lists Bắc Giang's plans too; see
 *                     {@link vn.thidua.plan.province.ProvinceLineage#lineage(String)})
 * @param issuer       only plans whose issuing body is of this kind (the letterhead's
 *                     {@code issuer.kind}: a board, a People's Committee, a department, a bloc)
 */
public record PlanQuery(String provinceCode, Integer year, PlanStatus status, String text, boolean deleted,
        int offset, int limit, boolean lineage, IssuerKind issuer) {

    public static final int MAX_LIMIT = 500;

    public PlanQuery {
        if (offset < 0) {
            throw new InvalidRequestException("offset", "offset must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Any issuer. */
    public PlanQuery(String provinceCode, Integer year, PlanStatus status, String text, boolean deleted, int offset,
            int limit, boolean lineage) {
        this(provinceCode, year, status, text, deleted, offset, limit, lineage, null);
    }

    /** A filter on the province alone, without its predecessors. */
    public PlanQuery(String provinceCode, Integer year, PlanStatus status, String text, boolean deleted, int offset,
            int limit) {
        this(provinceCode, year, status, text, deleted, offset, limit, false, null);
    }

    /** Every live plan, first page of 50. */
    public static PlanQuery all() {
        return new PlanQuery(null, null, null, null, false, 0, 50);
    }
}
