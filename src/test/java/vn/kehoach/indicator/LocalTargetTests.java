package vn.kehoach.indicator;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** A province's or commune's own targets: read by whoever covers the unit, set by the unit's own staff. */
@IntegrationTest
class LocalTargetTests {

    private static final String URI = "/indicators/local-targets";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    long province;
    long dakCam;

    @BeforeEach
    void findUnits() {
        province = jdbc.queryForObject("select id from administrative_unit where code = '51' and valid_to is null",
                Long.class);
        dakCam = jdbc.queryForObject("select id from administrative_unit where code = '23284' and valid_to is null",
                Long.class);
    }

    @AfterEach
    void removeLocalTargets() {
        jdbc.update("delete from indicator_local_target where unit_id in (?, ?)", province, dakCam);
        jdbc.update("delete from indicator_local_target_version where unit_id in (?, ?)", province, dakCam);
    }

    @Test
    void aSaveOnAStalePageIsAConflictThatKeepsWhatTheUserTyped() {
        var snv = logins.as("qn.snv");
        String opened = Html.body(mvc.get().uri(URI + "?unit=" + province).with(snv).exchange());
        int row = rowOf(opened, "2.1");
        String target = URI + "?unit=" + province;

        // Someone else (another tab, another official) saves first.
        assertThat(Forms.submit(mvc, target, Forms.fields(opened, "#local-targets-form"), logins.as("qn.admin"),
                f -> f.set("rows[" + row + "].value2025", "55"))).hasStatus3xxRedirection();

        MvcTestResult stale = Forms.submit(mvc, target, Forms.fields(opened, "#local-targets-form"), snv, f -> {
            f.set("rows[" + row + "].value2025", "70");
            f.set("rows[" + row + "].note", "Theo nghị quyết mới");
        });
        assertThat(stale).hasStatus(409);
        String page = Html.body(stale);
        assertThat(Html.errors(page)).contains("qn.admin vừa lưu thay đổi trong lúc bạn sửa");
        assertThat(Html.field(page, "rows[" + row + "].value2025")).isEqualTo("70");
        assertThat(Html.field(page, "rows[" + row + "].note")).isEqualTo("Theo nghị quyết mới");
        assertThat(values(province, "2.1")).extracting(m -> m.get("value")).containsExactly(new BigDecimal("55.00"));

        // The form now carries the current version: saving it again is a deliberate overwrite.
        assertThat(Forms.submit(mvc, target, Forms.fields(page, "#local-targets-form"), snv, f -> {}))
                .hasStatus3xxRedirection();
        assertThat(values(province, "2.1")).extracting(m -> m.get("value")).containsExactly(new BigDecimal("70.00"));
    }

    @Test
    void provinceSetsItsTargetsAndReadsThemBack() {
        var snv = logins.as("qn.snv");
        MvcTestResult shown = mvc.get().uri(URI).with(snv).exchange();
        assertThat(shown).hasStatusOk();
        String page = Html.body(shown);
        assertThat(page).contains("Tỉnh Quảng Ngãi");
        int row = rowOf(page, "2.1");
        int row22 = rowOf(page, "2.2");

        MvcTestResult saved = Forms.submit(mvc, URI + "?unit=" + province, Forms.fields(page, "#local-targets-form"),
                snv, f -> {
                    f.set("rows[" + row + "].value2025", "55");
                    f.set("rows[" + row + "].value2030", "62,5");
                    f.set("rows[" + row + "].note", "Nghị quyết HĐND tỉnh");
                    f.set("rows[" + row22 + "].value2030", "20");
                });
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(URI + "?unit=" + province);
        assertThat(values(province, "2.1")).containsExactly(
                Map.of("horizon", 2025, "value", new BigDecimal("55.00"), "note", "Nghị quyết HĐND tỉnh", "updated_by",
                        "qn.snv"),
                Map.of("horizon", 2030, "value", new BigDecimal("62.50"), "note", "Nghị quyết HĐND tỉnh", "updated_by",
                        "qn.snv"));
        assertThat(values(province, "2.2")).hasSize(1);

        String again = Html.body(mvc.get().uri(URI + "?unit=" + province).with(snv).exchange());
        assertThat(Html.field(again, "rows[" + row + "].value2025")).isEqualTo("55");
        assertThat(Html.field(again, "rows[" + row + "].value2030")).isEqualTo("62,5");
        assertThat(Html.field(again, "rows[" + row + "].note")).isEqualTo("Nghị quyết HĐND tỉnh");

        // Emptying a value removes the unit's own target for that year; the national one applies again.
        assertThat(Forms.submit(mvc, URI + "?unit=" + province, Forms.fields(again, "#local-targets-form"), snv,
                f -> f.set("rows[" + row + "].value2025", ""))).hasStatus3xxRedirection();
        assertThat(values(province, "2.1")).extracting(m -> m.get("horizon")).containsExactly(2030);
        assertThat(values(province, "2.2")).hasSize(1);

        // A commune below reads the province's target beside the national one, and cannot change the province's.
        MvcTestResult commune = mvc.get().uri(URI).with(logins.as("dakcam.vhxh")).exchange();
        assertThat(commune).hasStatusOk().bodyText().contains("Phường Đăk Cấm").contains("Tỉnh: 62,5");
    }

    @Test
    void aRateAbove100IsRefusedAndNothingIsSaved() {
        var snv = logins.as("qn.snv");
        String page = Html.body(mvc.get().uri(URI).with(snv).exchange());
        int rate = rowOf(page, "1.1");
        int other = rowOf(page, "2.3");
        MvcTestResult result = Forms.submit(mvc, URI + "?unit=" + province, Forms.fields(page, "#local-targets-form"),
                snv, f -> {
                    f.set("rows[" + other + "].value2025", "30");
                    f.set("rows[" + rate + "].value2025", "120");
                    f.set("rows[" + rate + "].value2030", "7O");
                });
        assertThat(result).hasStatus(422);
        String body = Html.body(result);
        assertThat(Html.errors(body)).contains("tối đa 2 chữ số, ví dụ 1,7 hoặc 65");
        assertThat(Html.field(body, "rows[" + rate + "].value2025")).isEqualTo("120");
        assertThat(Html.field(body, "rows[" + rate + "].value2030")).isEqualTo("7O");
        assertThat(Html.field(body, "rows[" + other + "].value2025")).isEqualTo("30");

        // With the format right, the service refuses the rate above 100, in its row.
        MvcTestResult over = Forms.submit(mvc, URI + "?unit=" + province, Forms.fields(page, "#local-targets-form"),
                snv, f -> {
                    f.set("rows[" + other + "].value2025", "30");
                    f.set("rows[" + rate + "].value2025", "120");
                });
        assertThat(over).hasStatus(422);
        String overBody = Html.body(over);
        Document html = Html.parse(overBody);
        assertThat(html.getElementById("rows" + rate + ".value2025-errors").text())
                .isEqualTo("Chỉ tiêu 1.1 là tỷ lệ phần trăm nên không được lớn hơn 100.");
        assertThat(Html.field(overBody, "rows[" + other + "].value2025")).isEqualTo("30");
        assertThat(jdbc.queryForObject("select count(*) from indicator_local_target where unit_id = ?", Long.class,
                province))
                .isZero();
    }

    @Test
    void aCommuneOfficialCannotReadOrSetTheProvincesTargets() {
        var commune = logins.as("dakcam.vhxh");
        assertThat(mvc.get().uri(URI + "?unit=" + province).with(commune).exchange().getResponse().getStatus())
                .isEqualTo(404);
        MvcTestResult post = mvc.post().uri(URI + "?unit=" + province).with(commune).with(csrf())
                .param("rows[0].targetId", targetId("2.1").toString()).param("rows[0].value2025", "99").exchange();
        assertThat(post.getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from indicator_local_target where unit_id = ?", Long.class,
                province))
                .isZero();
    }

    @Test
    void readersOfTheUnitSeeTheTargetsButOnlyItsOwnStaffSetThem() {
        // The province's leader reads; a drafter of the province reads a commune's but sets only the province's.
        MvcTestResult leader = mvc.get().uri(URI).with(logins.as("qn.lanhdao")).exchange();
        assertThat(leader).hasStatusOk().bodyText().contains("Bạn chỉ được xem");
        assertThat(Html.parse(Html.body(leader)).select("#local-targets-form")).isEmpty();
        assertThat(mvc.post().uri(URI + "?unit=" + province).with(logins.as("qn.lanhdao")).with(csrf())
                .param("rows[0].targetId", targetId("2.1").toString()).param("rows[0].value2025", "51")).hasStatus(403);

        assertThat(mvc.get().uri(URI + "?unit=" + dakCam).with(logins.as("qn.snv"))).hasStatusOk().bodyText()
                .contains("Phường Đăk Cấm").contains("Bạn chỉ được xem");
        assertThat(mvc.post().uri(URI + "?unit=" + dakCam).with(logins.as("qn.snv")).with(csrf())
                .param("rows[0].targetId", targetId("2.1").toString()).param("rows[0].value2025", "51")).hasStatus(403);

        // The commune's own drafter sets the commune's.
        var vhxh = logins.as("dakcam.vhxh");
        String page = Html.body(mvc.get().uri(URI).with(vhxh).exchange());
        int row = rowOf(page, "3.3");
        assertThat(Forms.submit(mvc, URI + "?unit=" + dakCam, Forms.fields(page, "#local-targets-form"), vhxh,
                f -> f.set("rows[" + row + "].value2030", "100"))).hasStatus3xxRedirection();
        assertThat(values(dakCam, "3.3")).extracting(m -> m.get("horizon")).containsExactly(2030);
        assertThat(jdbc.queryForObject("select count(*) from indicator_local_target where unit_id = ?", Long.class,
                province))
                .isZero();
    }

    @Test
    void aUserWithoutAProvinceOrCommuneChoosesOne() {
        MvcTestResult admin = mvc.get().uri(URI).with(logins.as("admin")).exchange();
        assertThat(admin).hasStatusOk();
        Document html = Html.parse(Html.body(admin));
        assertThat(html.select("select[name=unit] option").eachText()).contains("Tỉnh Quảng Ngãi", "Tỉnh Lạng Sơn");
        assertThat(html.select("#local-targets-form")).isEmpty();
        // A system administrator sets any province's targets.
        assertThat(mvc.get().uri(URI + "?unit=" + province).with(logins.as("admin"))).hasStatusOk().bodyText()
                .doesNotContain("Bạn chỉ được xem");
    }

    /** The index of the target's row in the form. */
    private static int rowOf(String page, String code) {
        Document html = Html.parse(page);
        List<String> codes = html.select("#local-targets-form tbody th").eachText();
        int index = codes.indexOf(code);
        assertThat(index).as("row of %s", code).isNotNegative();
        return index;
    }

    private Long targetId(String code) {
        return jdbc.queryForObject("select id from indicator_target where code = ?", Long.class, code);
    }

    private List<Map<String, Object>> values(long unit, String code) {
        return jdbc.queryForList("""
                select l.horizon, l.value, l.note, l.updated_by from indicator_local_target l
                join indicator_target t on t.id = l.target_id where l.unit_id = ? and t.code = ? order by l.horizon""",
                unit, code);
    }
}
