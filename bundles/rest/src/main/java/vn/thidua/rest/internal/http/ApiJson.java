package vn.thidua.rest.internal.http;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.thidua.plan.json.StrictReading;

/** The JSON mapping of the API's own bodies (plans themselves go through {@code PlanJson}). */
public final class ApiJson {

    private ApiJson() {
    }

    /**
     * Strict on reading as plans are ({@link StrictReading}: unknown fields, nulls for numbers,
     * trailing tokens, {@code 2025.5} or {@code "2025"} for a whole number refused), ISO dates on writing.
     */
    public static ObjectMapper mapper() {
        return StrictReading.apply(JsonMapper.builder())
                .addModule(new JavaTimeModule())
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                // A date is an ISO string only: a number would be read as days since 1970 (20250101 as the year 57412).
                .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
                .build();
    }
}
