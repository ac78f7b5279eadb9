package vn.thidua.plan.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The reading rules every JSON document of the platform is held to (plans, rule-pack descriptors,
 * the REST API's bodies), so that one mistake is refused the same way wherever it is made and
 * {@link JsonInputError} says so in the same words: unknown fields, null for a number and anything
 * after the value are refused; a whole number is written as one ({@code 2025}, not {@code 2025.5}
 * nor {@code "2025"}).
 */
public final class StrictReading {

    private StrictReading() {
    }

    /** The builder, held to these rules. */
    public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B apply(B builder) {
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, integers -> integers
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
