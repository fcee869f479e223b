package vn.kehoach.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import tools.jackson.databind.json.JsonMapper;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import static org.assertj.core.api.Assertions.assertThat;

/** Text with control characters or decomposed accents is cleaned before it reaches the database; types are checked. */
@IntegrationTest
class InputCleaningTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JsonMapper json;

    @Test
    void aFormFieldWithNulAndDecomposedAccentsIsStoredCleanedNotRefusedByTheDatabase() {
        long plan = jdbc.queryForObject("""
                select p.id from plan p join app_user u on u.agency_id = p.drafting_agency_id
                where u.username = 'bato.vhxh' and p.status in ('DRAFT', 'RETURNED') order by p.id limit 1""",
                Long.class);
        TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            var fields = Forms.fields(Html.body(mvc.get().uri("/plans/" + plan + "/edit").with(logins.as("bato.vhxh"))
                    .exchange()), "form[action$='/header']");
            MvcTestResult saved = Forms.submit(mvc, "/plans/" + plan + "/header", fields, logins.as("bato.vhxh"),
                    f -> f.set("title", "Kế hoạch\u0000 thử \u001b[31mtỉnh Qua\u0309ng Nga\u0303i"));
            assertThat(saved).hasStatus3xxRedirection();
            assertThat(jdbc.queryForObject("select title from plan where id = ?", String.class, plan))
                    .isEqualTo("Kế hoạch thử [31mtỉnh Quảng Ngãi");
        } finally {
            transactions.rollback(tx);
        }
    }

    @Test
    void aSearchWithNulAnswersAsWithoutIt() {
        assertThat(mvc.get().uri("/api/plans?q={q}", "\u0000").with(logins.as("qn.snv")).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/plans?q={q}", "a\u0000b").with(logins.as("qn.snv")).exchange()).hasStatusOk();
    }

    @Test
    void aParameterOfTheWrongTypeIsA400WithTheReasonInVietnamese() {
        MvcTestResult page = mvc.get().uri("/reporting/status?plan=abc").with(logins.as("qn.snv")).exchange();
        assertThat(page).hasStatus(400).bodyText().contains("Số hoặc mã trong yêu cầu không hợp lệ");
        MvcTestResult api = mvc.get().uri("/api/units?at=2025-02-30").with(logins.as("qn.snv")).exchange();
        assertThat(api).hasStatus(400).hasContentType("application/problem+json").bodyText()
                .contains("không phải một ngày có thật");
        assertThat(mvc.get().uri("/plans?status=NOT_A_STATUS").with(logins.as("qn.snv")).exchange()).hasStatus(400)
                .bodyText().contains("Lựa chọn trong yêu cầu không có trong danh sách");
    }

    @Test
    void aListIndexBeyondAnyFormIsA400() {
        long plan = jdbc.queryForObject("""
                select p.id from plan p join app_user u on u.agency_id = p.drafting_agency_id
                where u.username = 'bato.vhxh' and p.status in ('DRAFT', 'RETURNED') order by p.id limit 1""",
                Long.class);
        assertThat(mvc.post().uri("/plans/" + plan + "/header").param("legalBasis[99999].text", "x")
                .with(logins.as("bato.vhxh"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange()).hasStatus(400);
    }

    @Test
    void textReadFromJsonIsCleanedToo() {
        assertThat(json.readValue("\"K\\u1ebf\\u0000 ho\\u1ea1ch\\u0007\"", String.class)).isEqualTo("Kế hoạch");
    }
}
