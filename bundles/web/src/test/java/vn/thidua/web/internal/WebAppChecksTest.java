package vn.thidua.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAppChecksTest {

    @Test
    void theCsrfTokenMustBeTheSessionsOwn() {
        assertThat(WebApp.constantTimeEquals("abc", "abc")).isTrue();
        assertThat(WebApp.constantTimeEquals("abc", "abd")).isFalse();
        assertThat(WebApp.constantTimeEquals("abc", null)).isFalse();
        assertThat(WebApp.constantTimeEquals("abc", "")).isFalse();
    }

    @Test
    void theTimeOfATaskIsReadAsTheModelReadsIt() {
        TimingJson timings = new TimingJson();
        assertThat(timings.parse("Trước 15/4/2027", 2027)).contains("\"ok\":true", "\"kind\":\"DEADLINE\"", "\"to\":\"2027-04-15\"");
        assertThat(timings.parse("Quý II", 2027)).contains("\"kind\":\"QUARTER\"", "\"from\":\"2027-04-01\"", "\"to\":\"2027-06-30\"");
        // the plan's period across years, ended by an event: the event as written comes back with it
        assertThat(timings.parse("Từ tháng 10/2025 đến khi tổ chức thành công Đại hội Thi đua yêu nước", 2026)).contains(
                "\"kind\":\"UNTIL_EVENT\"", "\"from\":\"2025-10-01\"", "\"event\":\"tổ chức thành công Đại hội Thi đua yêu nước\"")
                .doesNotContain("\"to\"");
        assertThat(timings.parse("Giai đoạn 2026 - 2030", 2026)).contains("\"kind\":\"YEARS\"", "\"from\":\"2026-01-01\"",
                "\"to\":\"2030-12-31\"");
        assertThat(timings.parse("khi nào rảnh", 2027)).contains("\"ok\":false", "Trước 15/4/2027");
    }

    @Test
    void textInTheSignInPageIsEscaped() {
        assertThat(Html.escape("<script>\"x\"&'")).isEqualTo("&lt;script&gt;&quot;x&quot;&amp;&#39;");
    }
}
