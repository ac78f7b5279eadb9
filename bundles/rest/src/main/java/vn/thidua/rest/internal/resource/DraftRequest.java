package vn.thidua.rest.internal.resource;

/** The body of {@code POST /plans/drafts}: the province's code and the plan year. */
public record DraftRequest(String province, Integer year) {
}
