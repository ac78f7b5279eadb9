package vn.thidua.rest.internal.resource;

/**
 * The body of {@code POST /plans/drafts}: the province's code, the plan year, and optionally the
 * issuer kind ({@code BOARD}, the default, {@code PEOPLES_COMMITTEE}, {@code DEPARTMENT},
 * {@code BLOC}) and the plan kind ({@code YEARLY}, the default, {@code THEMED}, {@code BLOC},
 * {@code CAMPAIGN}), so that a client written before issuers and kinds gets a board's yearly plan.
 */
public record DraftRequest(String province, Integer year, String issuer, String kind) {
}
