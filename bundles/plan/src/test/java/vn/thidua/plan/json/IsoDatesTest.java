package vn.thidua.plan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;

class IsoDatesTest {

    /** Jackson's contextual copy of the deserializer (its shape, leniency) is still the fast one. */
    @Test
    void planJsonReadsItsDatesWithIt() throws Exception {
        ObjectMapper mapper = new PlanJson().mapper();
        DeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), null, null);

        assertThat(context.findRootValueDeserializer(context.constructType(LocalDate.class))).isInstanceOf(IsoDates.class);
        assertThat(mapper.readValue("\"2024-02-29\"", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    /** Every text it reads, it reads as the ISO formatter does; what it leaves, the formatter is asked. */
    @Test
    void readsWhatTheIsoFormatterReadsTheSameWay() {
        List<String> texts = new ArrayList<>(List.of("2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10",
                "2024-01-00", "0000-01-01", "9999-12-31", "+2024-01-01", "2024-1-01", "2024/01/01", "2024-01-01 ",
                " 2024-01-01", "2024-01-0x", "", "20240101", "2024-01-011", "٢٠٢٤-٠١-٠١"));
        for (int month = 0; month <= 13; month++) {
            for (int day = 0; day <= 32; day++) {
                texts.add(String.format("2025-%02d-%02d", month, day));
            }
        }
        int read = 0;
        for (String text : texts) {
            LocalDate iso;
            try {
                iso = LocalDate.parse(text);
            } catch (DateTimeException e) {
                iso = null;
            }
            LocalDate plain = IsoDates.plain(text);
            if (plain != null) {
                read++;
                assertThat(plain).as(text).isEqualTo(iso);
            } else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                assertThat(iso).as(text + " is no day, so the formatter refuses it too").isNull();
            }
        }
        assertThat(read).isGreaterThan(300);
    }
}
