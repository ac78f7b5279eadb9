package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thidua.rules.internal.descriptor.DescriptorException;
import vn.thidua.rules.internal.descriptor.DescriptorReader;

/** A descriptor's mistakes read in the words plans and the REST API use: the field, and what it takes. */
class DescriptorErrorsTest {

    private static String giaLai;
    private final DescriptorReader reader = new DescriptorReader();

    @BeforeAll
    static void load() throws IOException {
        URL url = ShippedPacks.descriptors().stream().filter(u -> u.toString().endsWith("gia-lai-2023.yaml")).findFirst()
                .orElseThrow();
        try (InputStream in = url.openStream()) {
            giaLai = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(giaLai).contains("  validFrom: 2023-01-01\n", "format: 1\n", "  required: [TIMING, LEAD]\n");
    }

    private DescriptorException refused(String from, String to) {
        String changed = giaLai.replace(from, to);
        assertThat(changed).isNotEqualTo(giaLai);
        return catchThrowableOfType(DescriptorException.class, () -> reader.read(changed));
    }

    @Test
    void aValueOfTheWrongKindNamesItsFieldAndWhatItTakes() {
        DescriptorException date = refused("validFrom: 2023-01-01", "validFrom: 2023-13-01");
        assertThat(date).hasMessage("/pack/validFrom: must be a date as YYYY-MM-DD, was '2023-13-01'");
        assertThat(date.field()).isEqualTo("/pack/validFrom");
        assertThat(date.reason()).isEqualTo("must be a date as YYYY-MM-DD, was '2023-13-01'");
        assertThat(refused("format: 1\n", "format: 1.5\n")).hasMessage("/format: must be a whole number, was 1.5");
        assertThat(refused("format: 1\n", "format: '1'\n")).hasMessage("/format: must be a whole number, was '1'");
        assertThat(refused("required: [TIMING, LEAD]", "required: [TIMING, LATER]"))
                .hasMessage("/tasks/required/1: must be one of [TIMING, PLACE, LEAD, COORDINATION], was 'LATER'");
    }

    @Test
    void anUnknownFieldIsNamed() {
        DescriptorException unknown = refused("  validFrom: 2023-01-01\n", "  validFrom: 2023-01-01\n  validForm: 2023-01-01\n");
        assertThat(unknown.field()).isEqualTo("/pack/validForm");
        assertThat(unknown.reason()).startsWith("unknown field 'validForm' (known: ");
    }

    @Test
    void textThatIsNotYamlSaysWhereItBrokeOff() {
        DescriptorException broken = refused("outline:\n", "outline: [\n");
        assertThat(broken.getMessage()).startsWith("not valid YAML at line ").doesNotContain("\n");
    }
}
