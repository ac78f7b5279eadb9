package vn.thidua.rest.internal.resource;

/** The body of {@code POST /plans/{id}/copies}: the year the new draft is for ({@code {"year": 2027}}). */
public record CopyRequest(Integer year) {
}
