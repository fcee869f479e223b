package vn.kehoach.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.account.AccountImportService;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.ZipBombs;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every upload has limits, said in Vietnamese: the rows of an account or unit list, the lengths of its fields (those
 * of the forms), and what an archive inflates to. Nothing of a refused file is stored.
 */
@IntegrationTest
class UploadLimitsTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountListLongerThanTheLimitIsRefusedWhole() {
        StringBuilder csv = new StringBuilder("username,display_name,unit_code,agency,roles\n");
        for (int i = 0; i <= AccountImportService.MAX_ROWS; i++) {
            csv.append("qn.hang").append(i).append(",Người ").append(i).append(",51,Sở Nội vụ,Xem\n");
        }
        MvcTestResult answer = uploadAccounts(csv.toString());
        assertThat(answer).hasStatus(422).bodyText().contains("Tệp có hơn 500 dòng dữ liệu");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like 'qn.hang%'", Long.class))
                .isZero();
    }

    @Test
    void anAccountListKeepsToTheLimitsOfTheAccountForm() {
        MvcTestResult answer = uploadAccounts("username,display_name,unit_code,agency,roles,email,phone\n"
                + "qn.dai," + "Nguyễn ".repeat(20) + ",51,Sở Nội vụ,Xem,,\n"
                + "qn.thu,Trần Thu,51,Sở Nội vụ,Xem,khong-phai-thu,\n"
                + "qn.so,Lê Số,51,Sở Nội vụ,Xem,,12\n");
        assertThat(answer).hasStatus(422).bodyText().contains("Họ và tên dài quá 100 ký tự")
                .contains("Thư điện tử", "khong-phai-thu", "Số điện thoại");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in ('qn.dai', 'qn.thu', 'qn.so')",
                Long.class)).isZero();
    }

    @Test
    void aUnitListLongerThanAnyOfficialListIsRefused() {
        StringBuilder csv = new StringBuilder("code,name,type,province_code\n");
        for (int i = 0; i <= 20_000; i++)
            csv.append(String.format("%05d", i % 100_000)).append(",Xã ").append(i)
                    .append(",Xã,51\n");
        MvcTestResult answer = mvc.post().uri("/roster/import").multipart()
                .file(new MockMultipartFile("file", "xa.csv", "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8)))
                .with(logins.as("admin")).with(csrf()).exchange();
        assertThat(answer).hasStatus(422).bodyText().contains("Tệp có hơn 20.000 dòng dữ liệu");
    }

    @Test
    void aWordFileThatInflatesToHundredsOfMegabytesIsRefusedAsAReportFile() {
        // Any report still being written, and a user of its agency who writes it.
        Map<String, Object> owed = jdbc.queryForMap("""
                select r.id, u.username from report r join app_user u on u.agency_id = r.owner_agency_id
                join app_user_role ur on ur.user_id = u.id and ur.role in ('DRAFTER', 'REPORTER')
                where r.status in ('NOT_STARTED', 'DRAFT', 'RETURNED') and u.enabled
                order by r.id, u.username limit 1""");
        long report = ((Number) owed.get("id")).longValue();
        String writer = (String) owed.get("username");
        long before = jdbc.queryForObject("select count(*) from report_attachment", Long.class);
        MvcTestResult answer = mvc.post().uri("/reports/" + report + "/attachments").multipart()
                .file(new MockMultipartFile("files", "bao-cao.docx", "application/octet-stream",
                        ZipBombs.wordFile("word/document.xml", 300)))
                .header("X-Requested-With", "fetch").with(logins.as(writer)).with(csrf()).exchange();
        assertThat(answer).hasStatus(422).bodyText().contains("khi giải nén, tệp lớn hơn 100 MB");
        assertThat(jdbc.queryForObject("select count(*) from report_attachment", Long.class)).isEqualTo(before);
    }

    private MvcTestResult uploadAccounts(String csv) {
        return mvc.post().uri("/admin/accounts/import").multipart()
                .file(new MockMultipartFile("file", "tai-khoan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(logins.as("qn.admin")).with(csrf()).exchange();
    }
}
