package vn.thidua.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.UnknownFormatException;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;

class ExporterRegistryTest {

    private static DocumentExporter text(String format, String mediaType) {
        return new DocumentExporter() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String mediaType() {
                return mediaType;
            }

            @Override
            public String fileExtension() {
                return format;
            }

            @Override
            public void export(Plan plan, OutputStream out) throws IOException {
                out.write(plan.summary().getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Test
    void formatsComeAndGoWithTheirExporters() throws IOException {
        ExporterRegistry registry = new ExporterRegistry();
        DocumentExporter md = text("md", "text/markdown; charset=UTF-8");
        registry.addExporter(md);
        registry.addExporter(text("html", "text/html; charset=UTF-8"));
        assertThat(registry.formats()).containsExactly("html", "md");
        assertThat(registry.exporterFor("text/markdown")).contains(md);
        Plan plan = Fixtures.plan("000_d3ad60d258665efa");
        assertThat(new String(registry.export(plan, "MD"), StandardCharsets.UTF_8)).isEqualTo(plan.summary());
        assertThat(registry.fileName(plan, "md")).isEqualTo("KH-08-KH-TDMNPB-2018.md");

        registry.removeExporter(md);
        assertThat(registry.formats()).containsExactly("html");
        assertThatThrownBy(() -> registry.export(plan, "md"))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessageContaining("'md'").hasMessageContaining("html");
    }
}
