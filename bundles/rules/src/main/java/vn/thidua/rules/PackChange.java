package vn.thidua.rules;

/**
 * One difference between a checked pack and the version in force for the same province.
 *
 * @param area   {@code pack} (identity, period), {@code rules}, {@code legal-bases}, {@code recipients} or {@code days}
 * @param change {@code added}, {@code removed} or {@code changed}
 * @param item   what changed: a rule id, a legal basis's text, a recipient, a day's name, a field
 * @param before the value in force ({@code null} when added)
 * @param after  the checked pack's value ({@code null} when removed)
 */
public record PackChange(String area, String change, String item, String before, String after) {
}
