package vn.thidua.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The Content-Type a write must have to be read: the quick path and the regular expression agree. */
class RequestHeadersFilterTest {

    @Test
    void theQuickPathTellsABareMediaTypeAsTheExpressionDoes() {
        assertThat(RequestHeadersFilter.bareMediaType("application/json")).isTrue();
        assertThat(RequestHeadersFilter.bareMediaType("application/vnd.thidua.plan+json")).isTrue();
        assertThat(RequestHeadersFilter.bareMediaType("application/json; charset=utf-8")).isFalse();
        assertThat(RequestHeadersFilter.readableContentType("application/json; charset=utf-8")).isTrue();
        assertThat(RequestHeadersFilter.readableContentType(null)).isTrue();

        List<String> texts = new ArrayList<>(List.of("", "/", "a/", "/b", "a//b", "a/b/c", "json", " application/json",
                "application/json ", "application/json;", "application/json;q", "application/json; charset=\"u\\\"8\"",
                "text/html, application/json", "ứng/dụng", "application/json\u0000"));
        // every printable ASCII character and a few others in each place of a short media type
        String base = "ab/cd";
        for (int at = 0; at <= base.length(); at++) {
            for (char c = 0; c < 0x80; c++) {
                texts.add(base.substring(0, at) + c + base.substring(at));
            }
            for (char c : new char[] {'\u00A0', '\u1EA1', '\uFEFF'}) {
                texts.add(base.substring(0, at) + c + base.substring(at));
            }
        }
        int bare = 0;
        for (String text : texts) {
            boolean expressed = RequestHeadersFilter.MEDIA_TYPE.matcher(text).matches();
            assertThat(RequestHeadersFilter.readableContentType(text)).as("'%s'", text).isEqualTo(expressed);
            if (RequestHeadersFilter.bareMediaType(text)) {
                bare++;
                assertThat(expressed).as("'%s' is bare but not a media type", text).isTrue();
            }
        }
        // the quick path answers for the most of them, not only for the case above
        assertThat(bare).isGreaterThan(300);
    }
}
