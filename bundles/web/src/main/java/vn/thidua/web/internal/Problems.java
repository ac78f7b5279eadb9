package vn.thidua.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The web bundle's own refusals, written as the API writes its own: RFC 9457 problem+json, in Vietnamese. */
final class Problems {

    private Problems() {
    }

    static void write(HttpServletResponse response, int status, String type, String detail, String field) throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        node.put("title", switch (status) {
            case 401 -> "Chưa đăng nhập";
            case 403 -> "Bị từ chối";
            case 400 -> "Yêu cầu không hợp lệ";
            case 408 -> "Gửi quá chậm";
            case 413 -> "Nội dung quá lớn";
            case 429 -> "Thử quá nhiều lần";
            case 503 -> "Chưa phục vụ được";
            default -> "Không tìm thấy";
        });
        node.put("status", status);
        node.put("detail", detail);
        if (field != null) {
            node.put("field", field);
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(node.toString().getBytes(UTF_8));
    }
}
