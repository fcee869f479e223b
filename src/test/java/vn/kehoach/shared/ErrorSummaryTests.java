package vn.kehoach.shared;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A form sent with several mistakes comes back once with all of them: listed at its top in a summary that is announced
 * and links to each field, each message also beside its field, what was typed still there.
 */
@IntegrationTest
class ErrorSummaryTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePlanHeaderTellsEveryMistakeAtOnce() {
        long id = draft("bato.vhxh");
        String editor = Html.body(mvc.get().uri("/plans/" + id + "/edit").with(logins.as("bato.vhxh")).exchange());
        MvcTestResult answer = Forms.submit(mvc, "/plans/" + id + "/header",
                Forms.fields(editor, "form[action$=/header]"), logins.as("bato.vhxh"), f -> {
                    f.set("title", " ");
                    f.set("year", "1990");
                    f.set("symbol", "");
                    f.set("legalBasis[0].documentDate", "32/13/2025");
                });

        assertThat(answer).hasStatus(422);
        Document page = Html.parse(Html.body(answer));
        Element summary = summary(page, "form[action$=/header]");
        assertThat(summary.text()).startsWith("Có 4 lỗi cần sửa:");
        assertLinksReachInvalidFields(page, summary, "#title", "#year", "#symbol", "#legalBasis0.documentDate");
        assertThat(page.getElementById("legalBasis0.documentDate-errors").text())
                .isEqualTo("Ngày không hợp lệ; ghi ngày/tháng/năm, ví dụ 15/11/2025.");
        assertThat(page.getElementById("legalBasis0.documentDate").val()).isEqualTo("32/13/2025");
        assertThat(page.getElementById("year").val()).isEqualTo("1990");
    }

    @Test
    void theAccountFormTellsTheRulesOfTheServiceAtOnceBesideTheirFields() {
        MvcTestResult answer = mvc.post().uri("/admin/accounts/new").with(logins.as("qn.admin")).with(csrf())
                .param("username", "qn.snv").param("displayName", "Người thứ hai").param("roles", "REPORTER")
                .exchange();

        assertThat(answer).hasStatus(422);
        Document page = Html.parse(Html.body(answer));
        Element summary = summary(page, "form");
        assertThat(summary.text()).startsWith("Có 2 lỗi cần sửa:");
        assertThat(summary.select("a").eachAttr("href")).containsExactlyInAnyOrder("#username", "#agencyId");
        assertThat(page.getElementById("username-errors").text()).contains("qn.snv");
        assertThat(page.getElementById("agencyId-errors")).isNotNull();
        assertThat(page.getElementById("displayName").val()).isEqualTo("Người thứ hai");
        assertThat(jdbc.queryForObject("select count(*) from app_user where display_name = 'Người thứ hai'",
                Long.class)).isZero();
    }

    @Test
    void aTaskTellsEveryRuleOfThePlanAtOnce() {
        long id = draft("bato.vhxh");
        long version = jdbc.queryForObject("select version from plan where id = ?", Long.class, id);
        long lead = jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = '21484' and u.valid_to is null and a.valid_to is null order by a.id limit 1""",
                Long.class);
        MvcTestResult answer = mvc.post().uri("/plans/" + id + "/sections/new").with(logins.as("bato.vhxh"))
                .with(csrf()).param("version", String.valueOf(version)).param("kind", "TASKS")
                .param("title", "Tuyên truyền").param("task", "true")
                .param("leadAgencyId", String.valueOf(lead)).param("leadLabel", "Cơ quan chủ trì")
                .param("coordinatingAgencyIds", String.valueOf(lead)).param("targets", "9.9")
                .param("from", "1/3/2026").param("to", "30/11/2026").exchange();

        assertThat(answer).hasStatus(422);
        Document page = Html.parse(Html.body(answer));
        Element summary = summary(page, "form");
        assertThat(summary.select("a").eachAttr("href")).containsExactlyInAnyOrder("#leadAgencyId", "#targets");
        assertThat(page.getElementById("targets-errors").text()).contains("9.9");
        assertThat(page.getElementById("from").val()).isEqualTo("01/03/2026");
    }

    @Test
    void theImportPageSaysPlainlyThatTheChosenFileMustBeChosenAgain() {
        MockMultipartFile broken = new MockMultipartFile("file", "Kế hoạch 2026.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "PK\u0003\u0004 không phải tệp Word".getBytes(StandardCharsets.UTF_8));
        MvcTestResult answer = mvc.post().uri("/plans/import").multipart().file(broken).param("source", "file")
                .with(logins.as("bato.vhxh")).with(csrf()).exchange();

        assertThat(answer.getResponse().getStatus()).isEqualTo(400);
        Document page = Html.parse(Html.body(answer));
        Element summary = summary(page, "form[enctype=multipart/form-data]");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#file");
        assertThat(page.getElementById("file").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("file-errors").text()).isNotBlank();
        assertThat(page.select("form[enctype=multipart/form-data]").text())
                .contains("Tệp đã chọn \"Kế hoạch 2026.docx\" chưa được đọc và trình duyệt không giữ lại tệp này");
        // The other form is untouched.
        assertThat(page.select("form:not([enctype]) .error-summary")).isEmpty();

        MvcTestResult nothing = mvc.post().uri("/plans/import").param("source", "text").param("text", "  ")
                .with(logins.as("bato.vhxh")).with(csrf()).exchange();
        assertThat(nothing.getResponse().getStatus()).isEqualTo(400);
        assertThat(Html.parse(Html.body(nothing)).getElementById("text-errors").text())
                .isEqualTo("Dán nội dung kế hoạch vào ô này trước khi đọc.");
    }

    private static Element summary(Document page, String form) {
        Element summary = page.selectFirst(form + " .error-summary");
        assertThat(summary).as("error summary in " + form).isNotNull();
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        return summary;
    }

    private static void assertLinksReachInvalidFields(Document page, Element summary, String... hrefs) {
        List<String> links = summary.select("a").eachAttr("href");
        assertThat(links).containsExactlyInAnyOrder(hrefs);
        for (String href : links) {
            Element field = page.getElementById(href.substring(1));
            assertThat(field).as(href).isNotNull();
            assertThat(field.attr("aria-invalid")).as(href).isEqualTo("true");
            assertThat(field.attr("aria-describedby")).as(href).contains(href.substring(1) + "-errors");
        }
    }

    /** A new plan of xã Ba Tơ for a year no other test uses, with one legal basis row. */
    private long draft(String user) {
        long issuer = jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = '21484' and u.valid_to is null and a.valid_to is null
                  and a.name like 'Ủy ban nhân dân%' limit 1""", Long.class);
        int year = 2050 + jdbc.queryForObject("select count(*)::int from plan", Integer.class) % 40;
        MvcTestResult created = mvc.post().uri("/plans/new").with(logins.as(user)).with(csrf())
                .param("year", String.valueOf(year)).param("issuerAgencyId", String.valueOf(issuer)).exchange();
        assertThat(created).hasStatus3xxRedirection();
        return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
    }
}
