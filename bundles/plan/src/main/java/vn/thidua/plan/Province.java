package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.required;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * The province whose board issues the plan: a stable code ({@code bac-giang}) that rule packs are
 * keyed on, and its name as written ({@code Bắc Giang}).
 */
@PlanValue
public record Province(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name) {

    /** The grammar of a province code: lower-case ASCII words joined by {@code -} ({@code gia-lai}). */
    public static final String CODE_PATTERN = "[a-z]+(-[a-z]+)*";
    /** What a province code takes, for people: completes "must be ...". */
    public static final String CODE_RULE = "lower-case ASCII words joined by '-' (gia-lai)";

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    public Province {
        code = required(code, "code");
        name = required(name, "name");
        if (!isCode(code)) {
            throw new InvalidFieldException("code", "must be " + CODE_RULE + ", was '" + code + "'");
        }
    }

    /** Whether the text is a province code as rule packs and plans key them. */
    public static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }
}
