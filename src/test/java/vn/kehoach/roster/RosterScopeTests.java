package vn.kehoach.roster;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** A unit administrator of Lạng Sơn can neither read nor change anything of Quảng Ngãi's agencies and accounts. */
@IntegrationTest
class RosterScopeTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor lsAdmin;
    long qnUnit;
    long qnAgency;
    long qnAccount;

    @BeforeEach
    void findQuangNgai() {
        lsAdmin = logins.as("ls.admin");
        qnUnit = jdbc.queryForObject("select id from administrative_unit where code = '51' and valid_to is null",
                Long.class);
        qnAgency = jdbc.queryForObject("select id from agency where unit_id = ? and name like 'Sở Nội vụ%'", Long.class,
                qnUnit);
        qnAccount = jdbc.queryForObject("select id from app_user where username = 'qn.snv'", Long.class);
    }

    @Test
    void cannotReadQuangNgaiAgencies() {
        assertDenied(mvc.get().uri("/roster/agencies?unit=" + qnUnit).with(lsAdmin).exchange());
        assertDenied(mvc.get().uri("/roster/agencies/" + qnAgency).with(lsAdmin).exchange());
        assertDenied(mvc.get().uri("/roster/agencies/" + qnAgency + "/edit").with(lsAdmin).exchange());
        assertDenied(mvc.get().uri("/roster/agencies/new?unit=" + qnUnit).with(lsAdmin).exchange());
        assertDenied(mvc.get().uri("/api/agencies?unit=51").with(lsAdmin).exchange());
        assertDenied(mvc.get().uri("/api/agencies?unit=" + qnUnit).with(lsAdmin).exchange());
        MvcTestResult search = mvc.get().uri("/api/agencies?q=Quảng Ngãi").with(lsAdmin).exchange();
        assertThat(search).hasStatusOk().bodyText().doesNotContain("Quảng Ngãi");
        MvcTestResult unitPage = mvc.get().uri("/roster/units/" + qnUnit).with(lsAdmin).exchange();
        assertThat(unitPage).hasStatusOk().bodyText().doesNotContain("Sở Nội vụ tỉnh Quảng Ngãi");
    }

    @Test
    void cannotChangeQuangNgaiAgencies() {
        assertDenied(mvc.post().uri("/roster/agencies/" + qnAgency + "/edit").with(lsAdmin).with(csrf())
                .param("unitId", String.valueOf(qnUnit)).param("name", "Đổi tên").param("shortName", "X")
                .param("kind", "DEPARTMENT").param("sector", "OTHER").param("sortOrder", "1").exchange());
        assertDenied(mvc.post().uri("/roster/agencies/new").with(lsAdmin).with(csrf())
                .param("unitId", String.valueOf(qnUnit)).param("name", "Cơ quan lạ").param("shortName", "X")
                .param("kind", "DEPARTMENT").param("sector", "OTHER").param("sortOrder", "1").exchange());
        assertDenied(mvc.post().uri("/roster/agencies/" + qnAgency + "/close").with(lsAdmin).with(csrf())
                .param("effectiveOn", "01/01/2027").exchange());
        assertDenied(mvc.post().uri("/roster/agencies/" + qnAgency + "/focal").with(lsAdmin).with(csrf())
                .param("from", "01/01/2027").exchange());
        assertDenied(
                mvc.post().uri("/roster/units/" + qnUnit + "/apply-templates").with(lsAdmin).with(csrf()).exchange());
        assertThat(jdbc.queryForObject("select name from agency where id = ?", String.class, qnAgency))
                .isEqualTo("Sở Nội vụ tỉnh Quảng Ngãi");
    }

    @Test
    void cannotReadOrChangeQuangNgaiAccounts() {
        assertDenied(mvc.get().uri("/admin/accounts/" + qnAccount).with(lsAdmin).exchange());
        assertDenied(mvc.get().uri("/admin/accounts/" + qnAccount + "/edit").with(lsAdmin).exchange());
        assertDenied(mvc.post().uri("/admin/accounts/" + qnAccount + "/disable").with(lsAdmin).with(csrf()).exchange());
        assertDenied(mvc.post().uri("/admin/accounts/" + qnAccount + "/reset-password").with(lsAdmin).with(csrf())
                .exchange());
        assertDenied(mvc.post().uri("/admin/accounts/" + qnAccount + "/edit").with(lsAdmin).with(csrf())
                .param("displayName", "X").param("roles", "VIEWER").param("version", "0").exchange());
        MvcTestResult list = mvc.get().uri("/admin/accounts").with(lsAdmin).exchange();
        assertThat(list).hasStatusOk().bodyText().contains("ls.snv").doesNotContain("qn.snv").doesNotContain("dakcam");
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, qnAccount)).isTrue();
    }

    @Test
    void cannotCreateAnAccountInQuangNgai() {
        assertThat(mvc.post().uri("/admin/accounts/new").with(lsAdmin).with(csrf())
                .param("username", "ls.intruder").param("displayName", "X").param("agencyId", String.valueOf(qnAgency))
                .param("roles", "VIEWER").exchange()).hasStatus(422).bodyText()
                // Quảng Ngãi's agency is not one Lạng Sơn may read: not even its existence is told.
                .contains("Không tìm thấy cơ quan đã chọn").doesNotContain("không thuộc phạm vi");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'ls.intruder'", Long.class))
                .isZero();
    }

    @Test
    void seesItsOwnProvince() {
        assertThat(mvc.get().uri("/api/agencies?unit=20").with(lsAdmin)).hasStatusOk().bodyText()
                .contains("Sở Nội vụ tỉnh Lạng Sơn");
    }

    private static void assertDenied(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).as("status").isEqualTo(404);
    }
}
