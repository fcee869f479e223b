package vn.kehoach.plan;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The leader's forms on the plan page: returning needs a reason whatever the browser did, the number is taken as
 * officials write it ("15/KH-UBND"), and every problem of the issue form is told at once, beside its field.
 */
@IntegrationTest
class PlanDecisionFormTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesToReturnAPlanWithoutAReasonOnTheServer() {
        long id = submittedPlan(2041);
        MvcTestResult answer = post(id, "return", Map.of("reason", "   "));

        assertThat(answer).hasStatus(422);
        Document page = Html.parse(Html.body(answer));
        Element form = page.selectFirst("form[action$=/return]");
        assertThat(form.select(".error-summary a[href=#reason]").text()).isEqualTo("Cần ghi lý do trả lại.");
        assertThat(form.selectFirst("#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#reason").attr("aria-describedby")).isEqualTo("reason-errors");
        assertThat(form.selectFirst("#reason-errors").text()).isEqualTo("Cần ghi lý do trả lại.");
        assertThat(status(id)).isEqualTo("SUBMITTED");

        assertThat(post(id, "return", Map.of("reason", "Bổ sung kinh phí"))).hasStatus3xxRedirection();
        assertThat(status(id)).isEqualTo("RETURNED");
    }

    @Test
    void takesTheNumberWithThePlansSymbolAsOfficialsWriteIt() {
        long id = submittedPlan(2042);
        assertThat(post(id, "issue", Map.of("number", "15 / kh-ubnd", "issuedOn", "5/1/2042", "signerName",
                "Đặng Ngọc Dũng"))).hasStatus3xxRedirection();

        assertThat(jdbc.queryForMap("select number, symbol, issued_on::text as on from plan where id = ?", id))
                .containsEntry("number", "15").containsEntry("symbol", "KH-UBND").containsEntry("on", "2042-01-05");

        long other = submittedPlan(2043);
        assertThat(post(other, "issue", Map.of("number", "Số: 7/KH-UBND", "issuedOn", "05/01/2043", "signerName",
                "Đặng Ngọc Dũng"))).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject("select number from plan where id = ?", String.class, other)).isEqualTo("07");
    }

    @Test
    void saysPlainlyWhenADateIsNoDate() {
        long id = submittedPlan(2046);
        MvcTestResult answer = post(id, "issue", Map.of("number", "3", "issuedOn", "31/02/2046", "signerName", "A"));

        assertThat(answer).hasStatus(422);
        Document page = Html.parse(Html.body(answer));
        assertThat(page.select("#issuedOn-errors").text())
                .isEqualTo("Ngày không hợp lệ; ghi ngày/tháng/năm, ví dụ 15/11/2025.");
        assertThat(page.selectFirst("#issuedOn").val()).isEqualTo("31/02/2046");
    }

    @Test
    void refusesANumberWithAnotherSymbolAndSaysWhy() {
        long id = submittedPlan(2044);
        MvcTestResult answer = post(id, "issue", Map.of("number", "15/QĐ-UBND", "issuedOn", "05/01/2044",
                "signerName", "Đặng Ngọc Dũng"));

        assertThat(answer).hasStatus(422);
        Document page = Html.parse(Html.body(answer));
        assertThat(page.select("#number-errors").text())
                .isEqualTo(
                        "Ký hiệu \"QĐ-UBND\" không phải ký hiệu của kế hoạch này (KH-UBND); ghi số, ví dụ 15, hoặc 15/KH-UBND.");
        assertThat(page.selectFirst("#number").val()).isEqualTo("15/QĐ-UBND");
        assertThat(page.selectFirst("#number-hint").text()).isEqualTo("Số do văn thư cấp, ví dụ 15 hoặc 15/KH-UBND.");
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void tellsEveryProblemOfTheIssueFormAtOnceWithLinksToTheFields() {
        long id = submittedPlan(2045);
        long taken = submittedPlan(2045);
        assertThat(post(taken, "issue", Map.of("number", "21", "issuedOn", "05/01/2045", "signerName", "A")))
                .hasStatus3xxRedirection();

        // A number already used this year (a plan rule) with a missing signer and a title too long (the form's own).
        String title = "PHÓ CHỦ TỊCH ".repeat(10);
        MvcTestResult answer = post(id, "issue", Map.of("number", "21/KH-UBND", "issuedOn", "5/1/2045",
                "signerName", "", "signerTitle", title));

        assertThat(answer).hasStatus(422);
        Document page = Html.parse(Html.body(answer));
        Element summary = page.selectFirst("form[action$=/issue] .error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.text()).startsWith("Có 3 lỗi cần sửa:");
        assertThat(summary.select("a").eachAttr("href")).containsExactlyInAnyOrder("#number", "#signerTitle",
                "#signerName");
        for (Element link : summary.select("a")) {
            Element field = page.getElementById(link.attr("href").substring(1));
            assertThat(field).as(link.attr("href")).isNotNull();
            assertThat(field.attr("aria-invalid")).isEqualTo("true");
        }
        assertThat(page.select("#number-errors").text())
                .isEqualTo("Số 21/KH-UBND đã được dùng cho một văn bản khác trong năm.");
        assertThat(page.selectFirst("#signerTitle").val()).isEqualTo(title);
        assertThat(page.selectFirst("#issuedOn").val()).isEqualTo("05/01/2045");
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    private long submittedPlan(int year) {
        long committee = jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = '51' and u.valid_to is null and a.valid_to is null
                  and a.name like 'Ủy ban nhân dân%' limit 1""", Long.class);
        MvcTestResult created = mvc.post().uri("/plans/new").with(logins.as("qn.snv")).with(csrf())
                .param("year", String.valueOf(year)).param("issuerAgencyId", String.valueOf(committee)).exchange();
        assertThat(created).hasStatus3xxRedirection();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        long version = jdbc.queryForObject("select version from plan where id = ?", Long.class, id);
        assertThat(mvc.post().uri("/plans/" + id + "/submit").with(logins.as("qn.snv")).with(csrf())
                .param("version", String.valueOf(version))).hasStatus3xxRedirection();
        assertThat(status(id)).isEqualTo("SUBMITTED");
        return id;
    }

    private MvcTestResult post(long id, String action, Map<String, String> fields) {
        var request = mvc.post().uri("/plans/" + id + "/" + action).with(logins.as("qn.lanhdao")).with(csrf());
        fields.forEach(request::param);
        return request.exchange();
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from plan where id = ?", String.class, id);
    }
}
