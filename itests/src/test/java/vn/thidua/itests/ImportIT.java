package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Installs {@code thidua-importer} into the running distribution (with the REST facade) and posts
 * a plan document to {@code POST /api/v1/plans/imports}: the plan and its review list come back,
 * {@code ?store=true} stores a DRAFT, a document that is no plan is a 422 problem naming the file.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ImportIT extends RestTestSupport {

    private static final String PLAN = String.join("\n\n",
            "Số: 12/KH-BQL", "Gia Lai, ngày 05 tháng 3 năm 2025", "KẾ HOẠCH", "Triển khai công tác thi đua năm 2025",
            "Căn cứ Kế hoạch số 44/KH-UBND ngày 06/3/2025 của UBND tỉnh về việc tổ chức các phong trào thi đua năm 2025;",
            "I. NỘI DUNG",
            "1. Ban hành kế hoạch thi đua năm 2025.", "- Đơn vị chủ trì: Văn phòng.", "- Thời gian hoàn thành: trước ngày 30/3/2025.",
            "Nơi nhận:", "- Các phòng;", "- Lưu: VT.", "TRƯỞNG BAN", "Nguyễn Văn An") + "\n";

    @Test
    public void aDocumentPostedComesBackAsAPlanAndIsStoredWhenAsked() throws Exception {
        featuresService.installFeature("thidua-importer", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        HttpResponse<String> answer = awaitEndpoint();
        assertEquals(answer.body(), 200, answer.statusCode());
        JsonNode body = json(answer);
        assertEquals("text", body.path("format").asText());
        assertEquals("Ban hành kế hoạch thi đua năm 2025.", body.at("/plan/sections/0/blocks/0/tasks/0/content").asText());
        assertEquals("2025-03-30", body.at("/plan/sections/0/blocks/0/tasks/0/timing/to").asText());
        assertTrue(body.path("review").size() > 0);
        assertEquals(0, body.at("/coverage/missing").size());

        HttpResponse<String> stored = call(upload("plans/imports?store=true", "plan.txt", "text/plain", PLAN.getBytes(UTF_8)));
        assertEquals(stored.body(), 201, stored.statusCode());
        String id = json(stored).path("storedId").asText();
        JsonNode read = json(get("plans/" + id, admin()));
        assertEquals("DRAFT", read.path("status").asText());

        HttpResponse<String> letter = call(upload("plans/imports", "letter.txt", "text/plain", "Kính gửi các đơn vị.\n".getBytes(UTF_8)));
        assertProblem(letter, 422, "urn:thidua:problem:not-a-plan", "/file");
        HttpResponse<String> image = call(upload("plans/imports", "x.png", "image/png", new byte[] {1, 2, 3}));
        assertProblem(image, 415, "urn:thidua:problem:unsupported-document", "/file");
    }

    /**
     * The facade rebuilds its application when the resource arrives: bounded wait until the path is
     * ours (before, {@code plans/{id}} of the plans resource answers 405 to a POST).
     */
    private HttpResponse<String> awaitEndpoint() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(BOOT_TIMEOUT_SECONDS).toNanos();
        while (true) {
            HttpResponse<String> r = call(upload("plans/imports", "plan.txt", "text/plain", PLAN.getBytes(UTF_8)));
            if (r.statusCode() != 404 && r.statusCode() != 405) {
                return r;
            }
            assertTrue("POST plans/imports still " + r.statusCode() + " after " + BOOT_TIMEOUT_SECONDS + " s", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }

    private HttpRequest.Builder upload(String path, String fileName, String type, byte[] content) {
        String boundary = "thidua-it-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
        return request(path, admin()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
