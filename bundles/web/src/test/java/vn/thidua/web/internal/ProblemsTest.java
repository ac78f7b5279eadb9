package vn.thidua.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ProblemsTest {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<String, Object> set = new HashMap<>();

    /** A response that keeps its status, content type and body. */
    private HttpServletResponse response() {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { HttpServletResponse.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getOutputStream" -> out;
                    case "setStatus", "setContentType", "setCharacterEncoding" -> {
                        set.put(method.getName(), args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private JsonNode written() throws Exception {
        return new ObjectMapper().readTree(body.toString(UTF_8));
    }

    @Test
    void aBadYearIsABadRequestNamingItsField() throws Exception {
        Problems.write(response(), 400, "about:blank", "year: phải là một năm, ví dụ 2027", "year");

        JsonNode problem = written();
        assertThat(problem.path("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("field").asText()).isEqualTo("year");
        assertThat(set).containsEntry("setStatus", 400).containsEntry("setContentType", "application/problem+json")
                .containsEntry("setCharacterEncoding", "UTF-8");
    }

    @Test
    void theProxysRefusalOfAnOversizedBodyIsAProblemInVietnamese() throws Exception {
        Problems.write(response(), 413, "urn:thidua:problem:body-too-large", "Nội dung gửi lên vượt 64 MiB", null);

        JsonNode problem = written();
        assertThat(problem.path("type").asText()).isEqualTo("urn:thidua:problem:body-too-large");
        assertThat(problem.path("title").asText()).isEqualTo("Nội dung quá lớn");
        assertThat(problem.path("detail").asText()).isEqualTo("Nội dung gửi lên vượt 64 MiB");
        assertThat(problem.has("field")).isFalse();
    }
}
