package vn.thidua.importer.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import vn.thidua.importer.internal.DocumentImporter;
import vn.thidua.importer.internal.read.ReadLimits;
import vn.thidua.plan.seed.SeedText;

class ImportsResourceTest {

    private final ImportsResource resource = new ImportsResource(new DocumentImporter(new ReadLimits(200_000, 100, 1 << 20, 100)));

    @Test
    void aSeedAnswersItsPlanReviewAndCoverage() {
        Response r = resource.answer(SeedText.raw("003_44668950db2da263").getBytes(StandardCharsets.UTF_8), "text/markdown",
                "003.md", false, "editor1");
        assertThat(r.getStatus()).isEqualTo(200);
        ImportsResource.ImportView view = (ImportsResource.ImportView) r.getEntity();
        assertThat(view.plan().tasks()).hasSize(vn.thidua.plan.seed.Fixtures.plan("003_44668950db2da263").tasks().size());
        assertThat(view.coverage().complete()).isTrue();
        assertThat(view.review()).isNotEmpty();
        assertThat(view.storedId()).isNull();
    }

    @Test
    void storingWithoutTheStoreIs503AndNothingElse() {
        Response r = resource.answer(SeedText.raw("004_a5c35aef69c6ea26").getBytes(StandardCharsets.UTF_8), null, "004.txt",
                true, "editor1");
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getMediaType().toString()).isEqualTo(ImportsResource.PROBLEM);
    }

    @Test
    void refusalsAreProblemsWithTheirStatus() {
        assertThat(status(resource.answer(new byte[] {1, 2, 3}, "image/png", "x.png", false, null))).isEqualTo(415);
        assertThat(status(resource.answer(new byte[300_000], "text/plain", "big.txt", false, null))).isEqualTo(413);
        assertThat(status(resource.answer("%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII), "application/pdf", "x.pdf",
                false, null))).isEqualTo(422);
        Response notAPlan = resource.answer("Kính gửi các đơn vị.".getBytes(StandardCharsets.UTF_8), "text/plain", "x.txt", false, null);
        assertThat(notAPlan.getStatus()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) notAPlan.getEntity();
        assertThat(body).containsEntry("type", "urn:thidua:problem:not-a-plan").containsEntry("field", "/file");
        assertThat((String) body.get("detail")).contains("KẾ HOẠCH");
    }

    private static int status(Response r) {
        return r.getStatus();
    }
}
