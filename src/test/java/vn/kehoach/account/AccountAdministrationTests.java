package vn.kehoach.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.HttpSession;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class AccountAdministrationTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void unitAdministratorCreatesAnAccountWithATemporaryPasswordThatMustBeChanged() {
        long agency = agencyId("51", "Sở Tư pháp");
        MvcTestResult created = mvc.post().uri("/admin/accounts/new").with(logins.as("qn.admin")).with(csrf())
                .param("username", "QN.STP").param("displayName", "Võ Thị Lệ").param("agencyId", String.valueOf(agency))
                .param("roles", "REPORTER").param("email", "le@quangngai.gov.vn").exchange();
        assertThat(created).hasStatus3xxRedirection();
        String password = (String) created.getMvcResult().getFlashMap().get("temporaryPassword");
        assertThat(password).hasSize(10);

        HttpSession browser = new HttpSession(port);
        browser.login("qn.stp", password);
        assertThat(browser.getHtml("/").headers().firstValue("Location").orElse("")).endsWith("/account/password");
    }

    @Test
    void keepsTheUsersInputWhenTheFormIsWrong() {
        MvcTestResult result = mvc.post().uri("/admin/accounts/new").with(logins.as("qn.admin")).with(csrf())
                .param("username", "có dấu").param("displayName", "Người Thử").param("roles", "VIEWER").exchange();
        assertThat(result).hasStatus(422);
        String page = Html.body(result);
        assertThat(Html.field(page, "username")).isEqualTo("có dấu");
        assertThat(Html.field(page, "displayName")).isEqualTo("Người Thử");
        assertThat(Html.errors(page)).contains("Chữ không dấu");
    }

    @Test
    void unitAdministratorCannotGrantSystemAdministration() {
        long agency = agencyId("51", "Sở Tư pháp");
        assertThat(mvc.post().uri("/admin/accounts/new").with(logins.as("qn.admin")).with(csrf())
                .param("username", "qn.boss").param("displayName", "X").param("agencyId", String.valueOf(agency))
                .param("roles", "SYSTEM_ADMIN").exchange()).hasStatus(403);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'qn.boss'", Long.class))
                .isZero();
    }

    @Test
    void disablingAnAccountSignsItsOpenSessionOut() {
        long agency = agencyId("23284", "Trạm Y tế");
        jdbc.update("delete from app_user where username = 'dakcam.tyt'");
        String password = (String) mvc.post().uri("/admin/accounts/new").with(logins.as("admin")).with(csrf())
                .param("username", "dakcam.tyt").param("displayName", "Lê Văn Y")
                .param("agencyId", String.valueOf(agency))
                .param("roles", "REPORTER").exchange().getMvcResult().getFlashMap().get("temporaryPassword");
        HttpSession browser = new HttpSession(port);
        browser.login("dakcam.tyt", password);
        String token = HttpSession.csrfTokenOf(browser.getHtml("/account/password").body());
        browser.postForm("/account/password", Map.of("_csrf", token, "currentPassword", password,
                "newPassword", "TramYte2025", "confirmPassword", "TramYte2025"));
        assertThat(browser.getHtml("/").statusCode()).isEqualTo(200);

        long id = jdbc.queryForObject("select id from app_user where username = 'dakcam.tyt'", Long.class);
        assertThat(mvc.post().uri("/admin/accounts/" + id + "/disable").with(logins.as("dakcam.vhxh")).with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post().uri("/admin/accounts/" + id + "/disable").param("reason", "Nghỉ việc")
                .with(logins.as("admin")).with(csrf())).hasStatus3xxRedirection();

        assertThat(browser.getHtml("/").headers().firstValue("Location").orElse("")).endsWith("/login?ended");
        // A disabled account is refused like a wrong password: a guesser cannot tell it exists.
        assertThat(new HttpSession(port).login("dakcam.tyt", "TramYte2025").headers().firstValue("Location").orElse(""))
                .endsWith("error=bad");
    }

    @Test
    void importsAccountsAllOrNothing() {
        String bad = """
                username,display_name,unit_code,agency,roles
                qn.import1,Nguyễn Một,51,Sở Y tế tỉnh Quảng Ngãi,REPORTER
                qn.import2,Nguyễn Hai,51,Sở Không Có,REPORTER
                qn.import1,Nguyễn Ba,51,Sở Y tế,REPORTER
                """;
        MvcTestResult rejected = upload(bad, "qn.admin");
        assertThat(rejected).hasStatus(422).bodyText().contains("Sở Không Có").contains("trùng với dòng 2");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like 'qn.import%'", Long.class))
                .isZero();

        String good = """
                username,display_name,unit_code,agency,roles,email
                qn.import1,Nguyễn Một,51,Sở Y tế tỉnh Quảng Ngãi,REPORTER,mot@example.vn
                qn.import2,Nguyễn Hai,51,so giao duc va dao tao tinh quang ngai,REPORTER;VIEWER,
                """;
        assertThat(upload(good, "qn.admin")).hasStatus3xxRedirection();
        assertThat(jdbc.queryForList("""
                select a.name from app_user u join agency a on a.id = u.agency_id
                where u.username like 'qn.import%' order by u.username""", String.class))
                .containsExactly("Sở Y tế tỉnh Quảng Ngãi", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi");
        assertThat(upload("username,display_name,unit_code,agency,roles\nls.x,X,51,Sở Y tế,REPORTER\n", "ls.admin"))
                .hasStatus(422).bodyText().contains("không thuộc phạm vi");
    }

    @Test
    void readsRolesByTheNamesThePagesGiveThem() {
        String csv = """
                username,display_name,unit_code,agency,roles
                qn.roles1,Nguyễn Một,51,Sở Y tế tỉnh Quảng Ngãi,Báo cáo; Xem
                qn.roles2,Nguyễn Hai,51,Sở Y tế tỉnh Quảng Ngãi,"soạn thảo;THẨM ĐỊNH, TỔNG HỢP"
                """;
        assertThat(upload(csv, "qn.admin")).hasStatus3xxRedirection();
        assertThat(jdbc.queryForList("""
                select u.username || ' ' || r.role from app_user u join app_user_role r on r.user_id = u.id
                where u.username like 'qn.roles%' order by 1""", String.class))
                .containsExactly("qn.roles1 REPORTER", "qn.roles1 VIEWER", "qn.roles2 DRAFTER", "qn.roles2 REVIEWER");

        MvcTestResult unknown = upload(
                "username,display_name,unit_code,agency,roles\nqn.roles3,Ba,51,Sở Y tế,Thủ quỹ\n",
                "qn.admin");
        assertThat(unknown).hasStatus(422);
        assertThat(Html.parse(Html.body(unknown)).select("main").text()).contains("Vai trò \"Thủ quỹ\" không hợp lệ")
                .contains("Tệp \"accounts.csv\" chưa được nhập").doesNotContain("REPORTER");
    }

    @Test
    void aUnitAdministratorCannotGiveThemselvesRolesAndTheAttemptIsOnRecord() {
        long own = jdbc.queryForObject("select id from app_user where username = 'qn.admin'", Long.class);
        String form = Html
                .body(mvc.get().uri("/admin/accounts/" + own + "/edit").with(logins.as("qn.admin")).exchange());
        // The form shows the roles without offering to change them.
        assertThat(Html.parse(form).select("input[type=checkbox][name=roles]")).isEmpty();
        assertThat(form).contains("Bạn không thể tự thay đổi vai trò của mình");

        var fields = Forms.fields(form, "main form[method=post]");
        MvcTestResult escalation = Forms.submit(mvc, "/admin/accounts/" + own + "/edit", fields, logins.as("qn.admin"),
                f -> f.put("roles", List.of("UNIT_ADMIN", "LEADER", "DRAFTER", "REVIEWER")));
        assertThat(escalation).hasStatus(403);
        assertThat(
                jdbc.queryForList("select role from app_user_role where user_id = ? order by role", String.class, own))
                .containsExactly("UNIT_ADMIN");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'ACCOUNT_ROLES_REFUSED' and object_id = ?
                  and actor_username = 'qn.admin' and after_value -> 'roles' @> '["LEADER"]'::jsonb""", Long.class,
                String.valueOf(own))).isEqualTo(1);

        // The rest of their own account they keep, as rendered.
        var unchanged = Forms.fields(form, "main form[method=post]");
        assertThat(Forms.submit(mvc, "/admin/accounts/" + own + "/edit", unchanged, logins.as("qn.admin"), f -> {}))
                .hasStatus3xxRedirection();
    }

    @Test
    void aRoleChangeIsOnRecordWithTheRolesBeforeAndAfter() {
        long agency = agencyId("51", "Sở Tư pháp");
        jdbc.update("delete from app_user where username = 'qn.stp2'");
        mvc.post().uri("/admin/accounts/new").with(logins.as("qn.admin")).with(csrf()).param("username", "qn.stp2")
                .param("displayName", "Trần Văn Hai").param("agencyId", String.valueOf(agency))
                .param("roles", "REPORTER").exchange();
        long id = jdbc.queryForObject("select id from app_user where username = 'qn.stp2'", Long.class);
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
        assertThat(mvc.post().uri("/admin/accounts/" + id + "/edit").with(logins.as("qn.admin")).with(csrf())
                .param("username", "qn.stp2").param("displayName", "Trần Văn Hai")
                .param("agencyId", String.valueOf(agency))
                .param("roles", "REPORTER").param("roles", "REVIEWER").param("version", String.valueOf(version)))
                .hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'ACCOUNT_UPDATED' and object_id = ?
                  and actor_username = 'qn.admin' and unit_name = 'Tỉnh Quảng Ngãi'
                  and before_value -> 'roles' = '["REPORTER"]'::jsonb
                  and after_value -> 'roles' = '["REPORTER", "REVIEWER"]'::jsonb""", Long.class, String.valueOf(id)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCOUNT_CREATED' and object_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
    }

    private MvcTestResult upload(String csv, String as) {
        return mvc.post().uri("/admin/accounts/import").multipart()
                .file(new MockMultipartFile("file", "accounts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(logins.as(as)).with(csrf()).exchange();
    }

    private long agencyId(String unitCode, String prefix) {
        return jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = ? and u.valid_to is null and a.valid_to is null and a.name like ? limit 1""",
                Long.class, unitCode, prefix + "%");
    }
}
