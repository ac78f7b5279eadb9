package vn.thidua.rules;

import java.util.Map;

/**
 * One rule of a pack as its descriptor declares it.
 *
 * @param id          unique in the pack
 * @param type        the built-in rule type ({@code required-sections}, {@code number-format} …) or {@code expression}
 * @param severity    the severity of its findings
 * @param description what it checks, in Vietnamese
 * @param parameters  its parameters as given in the descriptor (JSON-like values)
 */
public record RuleInfo(String id, String type, Severity severity, String description, Map<String, Object> parameters) {

    public RuleInfo {
        parameters = Map.copyOf(parameters);
    }
}
