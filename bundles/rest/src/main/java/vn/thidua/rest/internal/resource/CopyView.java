package vn.thidua.rest.internal.resource;

/**
 * The answer to {@code POST /plans/{id}/copies}: the new draft as stored, the plan it was made from,
 * and what the pack in force for the new year finds in it (the copy is stored even with errors: it is
 * a draft, to be edited until they are gone).
 */
public record CopyView(String copiedFrom, PlanView plan, ValidationView validation) {
}
