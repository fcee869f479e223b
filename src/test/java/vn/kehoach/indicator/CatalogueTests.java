package vn.kehoach.indicator;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The catalogue of the strategy's targets: everyone reads it, only a system administrator changes it. */
@IntegrationTest
class CatalogueTests {

    /** Codes of the targets these tests add, under goal 6 which the seed leaves empty; removed after each test. */
    private static final String TEST_CODES = "6.9%";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestTargets() {
        jdbc.update("delete from indicator_target where code like ?", TEST_CODES);
    }

    @Test
    void everySignedInUserSeesTheSeededTargets() {
        MvcTestResult page = mvc.get().uri("/indicators/catalogue").with(logins.as("dakcam.ca")).exchange();
        assertThat(page).hasStatusOk();
        Document html = Html.parse(Html.body(page));
        assertThat(html.select("tr[id^=target-] > th").eachText()).containsExactly(
                "1.1", "2.1", "2.2", "2.3", "3.1", "3.2a", "3.2b", "3.3", "3.4", "4.1", "4.2", "5.1", "5.2");
        String row = html.getElementById("target-3.2a").text();
        assertThat(row).contains("người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận"
                + " ít nhất một trong các dịch vụ hỗ trợ cơ bản")
                .contains("Tử số: Số người bị bạo lực được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản")
                .contains("80").contains("90").doesNotContain("chưa xác nhận câu chữ");
        assertThat(html.getElementById("target-2.2").text()).contains("< 30").contains("dưới 30%").contains("dưới 25%")
                .contains("Càng thấp càng tốt");
        assertThat(html.getElementById("target-3.1").text()).contains("1,7").contains("1,4");
        assertThat(html.getElementById("target-4.1").text()).contains("chưa xác nhận câu chữ");
        assertThat(html.select("a[href$=/edit]")).as("no edit links for a reporter").isEmpty();
        assertThat(html.select("a[href$=/indicators/catalogue/new]")).isEmpty();
    }

    @Test
    void administratorAddsAndEditsATarget() throws Exception {
        var admin = logins.as("admin");
        assertThat(mvc.get().uri("/indicators/catalogue/new").with(admin)).hasStatusOk();
        MvcTestResult created = mvc.post().uri("/indicators/catalogue/new").with(admin).with(csrf())
                .params(valid("6.91", "Tỷ số giữa số giờ làm việc nhà của nữ và nam", "target2025", "1,7",
                        "target2030", "1,4", "measure", "RATIO", "scale", "1", "direction", "LOWER", "unit",
                        "lần (nữ/nam)",
                        "target2030Strict", "true", "target2030Text", "dưới 1,4 lần"))
                .exchange();
        assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/indicators/catalogue");

        Map<String, Object> row = jdbc.queryForMap("select * from indicator_target where code = '6.91'");
        assertThat((BigDecimal) row.get("target_2025")).isEqualByComparingTo("1.7");
        assertThat((BigDecimal) row.get("target_2030")).isEqualByComparingTo("1.4");
        assertThat(row).containsEntry("measure", "RATIO").containsEntry("direction", "LOWER")
                .containsEntry("target_2030_strict", true).containsEntry("updated_by", "admin")
                .containsEntry("goal_no", 6).containsEntry("position", 1).containsEntry("active", true);
        long id = ((Number) row.get("id")).longValue();

        assertThat(created).flash().containsKey("flash");
        assertThat(mvc.get().uri("/indicators/catalogue").with(admin)).bodyText()
                .contains("Tỷ số giữa số giờ làm việc nhà của nữ và nam").contains("dưới 1,4 lần");

        String edit = Html.body(mvc.get().uri("/indicators/catalogue/" + id + "/edit").with(admin).exchange());
        assertThat(Html.field(edit, "target2025")).isEqualTo("1,7");
        MultiValueMap<String, String> fields = Forms.fields(edit, "main form");
        MvcTestResult updated = Forms.submit(mvc, "/indicators/catalogue/" + id + "/edit",
                Forms.fields(edit, "main form"), admin, f -> {
                    f.set("wording", "Tỷ số giờ làm việc nhà không được trả công của nữ so với nam");
                    f.remove("active");
                });
        assertThat(updated).hasStatus3xxRedirection();
        Map<String, Object> after = jdbc.queryForMap("select * from indicator_target where id = ?", id);
        assertThat(after).containsEntry("wording", "Tỷ số giờ làm việc nhà không được trả công của nữ so với nam")
                .containsEntry("active", false).containsEntry("version", 1L);
        assertThat((BigDecimal) after.get("target_2025")).isEqualByComparingTo("1.7");

        // The form read before the change is stale now: the user's input stays and the conflict is named.
        MvcTestResult stale = Forms.submit(mvc, "/indicators/catalogue/" + id + "/edit", fields, admin,
                f -> f.set("unit", "lần nữa"));
        assertThat(stale).hasStatus(422);
        String body = Html.body(stale);
        assertThat(Html.errors(body)).contains("Dữ liệu đã được người khác thay đổi trong lúc bạn sửa");
        assertThat(Html.field(body, "unit")).isEqualTo("lần nữa");
        assertThat(jdbc.queryForObject("select unit from indicator_target where id = ?", String.class, id))
                .isEqualTo("lần (nữ/nam)");
    }

    @Test
    void othersCannotChangeTheCatalogue() {
        long id = jdbc.queryForObject("select id from indicator_target where code = '3.2a'", Long.class);
        var snv = logins.as("qn.snv");
        assertThat(mvc.get().uri("/indicators/catalogue/new").with(snv)).hasStatus(403);
        assertThat(mvc.get().uri("/indicators/catalogue/" + id + "/edit").with(snv)).hasStatus(403);
        assertThat(mvc.post().uri("/indicators/catalogue/new").with(snv).with(csrf())
                .params(valid("6.92", "Chỉ tiêu lạ")).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/indicators/catalogue/" + id + "/edit").with(snv).with(csrf())
                .params(valid("3.2a", "Đổi câu chữ")).param("version", "0").exchange()).hasStatus(403);
        assertThat(jdbc.queryForObject("select count(*) from indicator_target where code = '6.92'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select wording from indicator_target where id = ?", String.class, id))
                .startsWith("Đến năm 2025 đạt 80%");
    }

    @Test
    void invalidInputComesBackAsTypedWithMessages() {
        MvcTestResult result = mvc.post().uri("/indicators/catalogue/new").with(logins.as("admin")).with(csrf())
                .params(valid("6 .93", "Chỉ tiêu thử", "target2025", "1,255", "target2030", "120", "scale", "0",
                        "numeratorLabel", ""))
                .exchange();
        assertThat(result).hasStatus(422);
        String body = Html.body(result);
        assertThat(Html.errors(body))
                .contains("Mã gồm chữ cái không dấu và chữ số")
                .contains("tối đa 2 chữ số, ví dụ 1,7 hoặc 60")
                .contains("Chỉ tiêu dạng tỷ lệ không được lớn hơn 100")
                .contains("Hệ số phải lớn hơn 0")
                .contains("Nhập tên tử số");
        assertThat(Html.field(body, "code")).isEqualTo("6 .93");
        assertThat(Html.field(body, "target2025")).isEqualTo("1,255");
        assertThat(Html.field(body, "target2030")).isEqualTo("120");
        assertThat(Html.field(body, "wording")).isEqualTo("Chỉ tiêu thử");
        assertThat(
                jdbc.queryForObject("select count(*) from indicator_target where wording = 'Chỉ tiêu thử'", Long.class))
                .isZero();
    }

    @Test
    void aCodeInUseIsRefusedWhateverItsCase() {
        for (String code : new String[]{"3.2a", "3.2A"}) {
            MvcTestResult result = mvc.post().uri("/indicators/catalogue/new").with(logins.as("admin")).with(csrf())
                    .params(valid(code, "Chỉ tiêu trùng mã")).exchange();
            assertThat(result).hasStatus(422);
            String body = Html.body(result);
            assertThat(Html.errors(body)).contains("Mã " + code + " đã được dùng cho một chỉ tiêu khác");
            assertThat(Html.field(body, "wording")).isEqualTo("Chỉ tiêu trùng mã");
        }
        assertThat(jdbc.queryForObject("select count(*) from indicator_target where wording = 'Chỉ tiêu trùng mã'",
                Long.class)).isZero();
    }

    @Test
    void theCodeStaysAsPlansAndReportsNameIt() {
        var admin = logins.as("admin");
        long id = jdbc.queryForObject("select id from indicator_target where code = '3.2a'", Long.class);
        String edit = Html.body(mvc.get().uri("/indicators/catalogue/" + id + "/edit").with(admin).exchange());
        assertThat(Html.parse(edit).selectFirst("input[name=code]").hasAttr("readonly")).isTrue();
        MvcTestResult result = Forms.submit(mvc, "/indicators/catalogue/" + id + "/edit",
                Forms.fields(edit, "main form"),
                admin, f -> f.set("code", "3.2c"));
        assertThat(result).hasStatus(422);
        assertThat(Html.errors(Html.body(result))).contains("Không đổi được mã 3.2a");
        assertThat(jdbc.queryForObject("select count(*) from indicator_target where code = '3.2a' and version = 0",
                Long.class)).isEqualTo(1);
    }

    /** A valid new rate under goal 6, with some fields set otherwise (name, value, name, value…). */
    private static MultiValueMap<String, String> valid(String code, String wording, String... changes) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("code", code);
        f.add("goalNo", "6");
        f.add("wording", wording);
        f.add("unit", "%");
        f.add("measure", "RATE");
        f.add("scale", "100");
        f.add("direction", "HIGHER");
        f.add("target2025", "60");
        f.add("target2030", "75");
        f.add("numeratorLabel", "Số cơ quan có nữ lãnh đạo");
        f.add("denominatorLabel", "Tổng số cơ quan");
        f.add("source", "Thử nghiệm");
        f.add("active", "true");
        for (int i = 0; i < changes.length; i += 2) f.set(changes[i], changes[i + 1]);
        return f;
    }
}
