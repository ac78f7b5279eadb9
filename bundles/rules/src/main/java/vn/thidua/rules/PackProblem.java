package vn.thidua.rules;

/**
 * One reason a pack cannot be installed.
 *
 * @param pointer JSON Pointer (RFC 6901) of the descriptor's value at fault ({@code ""} for the whole file)
 * @param message what is wrong and what it takes
 */
public record PackProblem(String pointer, String message) {
}
