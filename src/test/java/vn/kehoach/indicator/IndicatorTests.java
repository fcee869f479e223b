package vn.kehoach.indicator;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.indicator.domain.AnnexOne;
import vn.kehoach.indicator.domain.AttainmentService;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.ReportAccepted;
import vn.kehoach.reporting.ReportReopened;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.support.Api;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Figures from accepted reports roll up a real unit tree: a test province with two communes that report 3/10 and
 * 1/2 on target 1.1 (and a third that does not), a commune that succeeded two merged communes, an own figure with its
 * reason; the page, the workbook and the JSON give the same numbers, and the scope rules hold.
 */
@IntegrationTest
class IndicatorTests {

    private static final int YEAR = 2024;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AttainmentService attainments;

    Api api;
    long province;
    Map<String, Long> units = new HashMap<>();

    @BeforeEach
    void aProvinceWithFourCommunesOneMerged() {
        api = new Api(mvc, json);
        province = unit("T9", "Tỉnh Thử Nghiệm", "PROVINCE", 1L, null);
        unit("T9001", "Xã Một", "COMMUNE", province, null);
        unit("T9002", "Xã Hai", "COMMUNE", province, null);
        unit("T9003", "Xã Ba", "COMMUNE", province, null);
        long merged = unit("T9004", "Xã Bốn", "COMMUNE", province, null);
        // Two communes ended on 1/7/2025 and became xã Bốn: their 2024 figures are xã Bốn's.
        for (String code : List.of("T9901", "T9902")) {
            long old = unit(code, "Xã cũ " + code, "COMMUNE", province, "2025-06-30");
            jdbc.update("""
                    insert into unit_link (predecessor_id, successor_id, kind, effective_on, confirmed, source)
                    values (?, ?, 'MERGE', date '2025-07-01', true, 'test')""", old, merged);
        }
    }

    @AfterEach
    void removeIt() {
        jdbc.update(
                "delete from indicator_value where unit_id in (select id from administrative_unit where code like 'T9%')");
        jdbc.update(
                "delete from indicator_override where unit_id in (select id from administrative_unit where code like 'T9%')");
        jdbc.update("delete from unit_link where source = 'test'");
        jdbc.update("delete from administrative_unit where code like 'T9_%'");
        jdbc.update("delete from administrative_unit where code = 'T9'");
    }

    /** The matrix of the communes below: one cell per target, printed and shaded as the attainment has it. */
    @Test
    void theMatrixBelowPrintsEachCommunesFigureWithItsShade() {
        var a = attainments.attainment(logins.currentUser("qn.snv"), "51", 2025);
        Document page = Html.parse(Html.body(mvc.get().uri("/indicators?unit=51&year=2025")
                .with(logins.as("qn.snv")).exchange()));
        var rows = page.select("section[aria-labelledby=below-heading] tbody tr");
        assertThat(rows).hasSize(a.children().size());
        for (int i = 0; i < a.children().size(); i++) {
            var cells = rows.get(i).select("td");
            assertThat(rows.get(i).select("th a").text()).isEqualTo(a.children().get(i).name());
            assertThat(cells).hasSize(a.rows().size());
            for (int t = 0; t < a.rows().size(); t++) {
                var v = a.rows().get(t).children().get(i);
                assertThat(cells.get(t).text()).isEqualTo(v.value() == null ? "—" : AnnexOne.number(v.value()));
                assertThat(cells.get(t).classNames()).contains("text-center",
                        v.shade() < 0 ? "shade-none" : "shade-" + v.shade());
            }
        }
        assertThat(page.select("section[aria-labelledby=below-heading] td[class*=shade-]:not(.shade-none)"))
                .isNotEmpty();
    }

    @Test
    void twoCommunesWith3Of10And1Of2GiveTheProvince4Of12() {
        accepted(1001, "T9001", "1.1", 3, 10);
        accepted(1002, "T9002", "1.1", 1, 2);

        JsonNode target = target(attainment("T9"), "1.1");
        assertThat(target.get("numerator").decimalValue()).isEqualByComparingTo("4");
        assertThat(target.get("denominator").decimalValue()).isEqualByComparingTo("12");
        assertThat(target.get("value").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(target.get("target").decimalValue()).isEqualByComparingTo("60");
        assertThat(target.get("attained").asBoolean()).isFalse();
        Map<String, JsonNode> children = new HashMap<>();
        target.get("children").forEach(c -> children.put(c.get("unitCode").asString(), c.get("value")));
        assertThat(children.get("T9001").decimalValue()).isEqualByComparingTo("30");
        assertThat(children.get("T9002").decimalValue()).isEqualByComparingTo("50");
        assertThat(children.get("T9003").isNull()).isTrue();
        assertThat(children).doesNotContainKey("T9901");

        // Unlocked for correction, a report no longer counts.
        events(new ReportReopened(1002));
        assertThat(target(attainment("T9"), "1.1").get("value").decimalValue()).isEqualByComparingTo("30");
    }

    @Test
    void theFiguresOfMergedCommunesCarryIntoTheirSuccessor() {
        accepted(1003, "T9901", "1.1", 2, 5);
        accepted(1004, "T9902", "1.1", 4, 5);

        JsonNode target = target(attainment("T9"), "1.1");
        JsonNode merged = null;
        for (JsonNode c : target.get("children")) if (c.get("unitCode").asString().equals("T9004")) merged = c;
        assertThat(merged.get("value").decimalValue()).isEqualByComparingTo("60");
        assertThat(target.get("value").decimalValue()).isEqualByComparingTo("60");
        assertThat(target.get("attained").asBoolean()).isTrue();
    }

    @Test
    void thePageTheWorkbookAndTheJsonAgree() throws IOException {
        accepted(1001, "T9001", "1.1", 3, 10);
        accepted(1002, "T9002", "1.1", 1, 2);
        accepted(1005, "T9001", "2.2", 7, 20);

        String page = Html.body(mvc.get().uri("/indicators?unit=T9&year=" + YEAR).with(logins.as("admin")).exchange());
        var row = Html.parse(page).selectFirst("#attainment tr[data-code=1.1]");
        assertThat(row.selectFirst(".js-current").text()).contains("33,3").contains("(4/12)");
        assertThat(row.text()).contains("≥ 60").contains("Chưa đạt");
        assertThat(Html.parse(page).selectFirst("#attainment tr[data-code=2.2]").text()).contains("35").contains("< 30")
                .contains("Chưa đạt");

        Map<String, List<String>> sheet = annex("/indicators/annex.xlsx?unit=T9&year=" + YEAR);
        assertThat(sheet.get("1.1")).containsSubsequence("%", "≥ 60", "", "33.3", "Chưa đạt");
        assertThat(sheet.get("2.2").get(5)).isEqualTo("35.0");
        assertThat(sheet.get("3.1").get(6)).isEqualTo("Không đánh giá được");
    }

    @Test
    void theDemoFiguresAgreeOnThePageInTheWorkbookAndInTheJson() throws IOException {
        JsonNode targets = api.get("/api/indicators/attainment?unit=51&year=2025", logins.as("qn.snv"));
        String page = Html.body(mvc.get().uri("/indicators?unit=51&year=2025").with(logins.as("qn.snv")).exchange());
        Map<String, List<String>> sheet = annex("/indicators/annex.xlsx?unit=51&year=2025");
        int withFigures = 0;
        for (JsonNode t : targets) {
            String code = t.get("code").asString();
            var row = Html.parse(page).selectFirst("#attainment tr[data-code=" + code + "]");
            if (t.get("value").isNull()) {
                assertThat(row.selectFirst(".js-current").text()).isEqualTo("—");
                assertThat(sheet.get(code).get(5)).isEmpty();
                continue;
            }
            withFigures++;
            BigDecimal value = t.get("value").decimalValue();
            assertThat(row.selectFirst(".js-current").text())
                    .startsWith(value.stripTrailingZeros().toPlainString().replace('.', ','));
            assertThat(new BigDecimal(sheet.get(code).get(5))).isEqualByComparingTo(value);
        }
        assertThat(withFigures).as("the demo reports give figures for some targets").isGreaterThan(0);
    }

    @Test
    void anOwnFigureNeedsAReasonAndReplacesTheSum() {
        accepted(1001, "T9001", "1.1", 3, 10);
        var admin = logins.as("admin");
        MvcTestResult refused = mvc.post().uri("/indicators/targets/1.1/override?unit=T9&year=" + YEAR).with(admin)
                .with(csrf())
                .param("numerator", "13").param("denominator", "20").param("note", " ").exchange();
        assertThat(refused.getResponse().getStatus()).as(Html.body(refused)).isEqualTo(422);
        assertThat(Html.errors(Html.body(refused))).contains("Ghi lý do dùng số liệu riêng.");
        assertThat(Html.field(Html.body(refused), "numerator")).isEqualTo("13");

        MvcTestResult saved = mvc.post().uri("/indicators/targets/1.1/override?unit=T9&year=" + YEAR).with(admin)
                .with(csrf())
                .param("numerator", "13").param("denominator", "20").param("note", "Số liệu của Cục Thống kê")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        JsonNode target = target(attainment("T9"), "1.1");
        assertThat(target.get("value").decimalValue()).isEqualByComparingTo("65");
        assertThat(target.get("origin").asString()).isEqualTo("OVERRIDDEN");
        assertThat(target.get("attained").asBoolean()).isTrue();

        assertThat(mvc.post().uri("/indicators/targets/1.1/override?unit=51&year=" + YEAR)
                .with(logins.as("dakcam.vhxh")).with(csrf())
                .param("numerator", "1").param("denominator", "2").param("note", "x").exchange().getResponse()
                .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anOwnFigureSavedOnAStalePageIsAConflictThatKeepsWhatTheUserTyped() {
        accepted(1001, "T9001", "1.1", 3, 10);
        String uri = "/indicators/targets/1.1?unit=T9&year=" + YEAR;
        String action = "/indicators/targets/1.1/override?unit=T9&year=" + YEAR;
        var admin = logins.as("admin");
        String opened = Html.body(mvc.get().uri(uri).with(admin).exchange());
        String openedAgain = Html.body(mvc.get().uri(uri).with(admin).exchange());

        assertThat(Forms.submit(mvc, action, Forms.fields(opened, "form[action^='/indicators/targets/1.1/override?']"),
                admin,
                f -> {
                    f.set("numerator", "13");
                    f.set("denominator", "20");
                    f.set("note", "Số liệu của Cục Thống kê");
                })).hasStatus3xxRedirection();

        MvcTestResult stale = Forms.submit(mvc, action,
                Forms.fields(openedAgain, "form[action^='/indicators/targets/1.1/override?']"), admin, f -> {
                    f.set("numerator", "14");
                    f.set("denominator", "20");
                    f.set("note", "Số liệu điều tra của Sở");
                });
        assertThat(stale).hasStatus(409);
        String page = Html.body(stale);
        assertThat(Html.errors(page)).contains("admin vừa lưu thay đổi trong lúc bạn sửa");
        assertThat(Html.field(page, "numerator")).isEqualTo("14");
        assertThat(Html.field(page, "note")).isEqualTo("Số liệu điều tra của Sở");
        assertThat(jdbc
                .queryForObject("select note from indicator_override o join administrative_unit u on u.id = o.unit_id"
                        + " where u.code = 'T9'", String.class))
                .isEqualTo("Số liệu của Cục Thống kê");

        // The re-shown form carries the current version: saving it again overwrites deliberately.
        assertThat(Forms.submit(mvc, action, Forms.fields(page, "form[action^='/indicators/targets/1.1/override?']"),
                admin,
                f -> {})).hasStatus3xxRedirection();
        assertThat(jdbc
                .queryForObject("select note from indicator_override o join administrative_unit u on u.id = o.unit_id"
                        + " where u.code = 'T9'", String.class))
                .isEqualTo("Số liệu điều tra của Sở");

        // Clearing from a page shown before that save leaves the figure in place.
        MvcTestResult clear = Forms.submit(mvc, "/indicators/targets/1.1/override/clear?unit=T9&year=" + YEAR,
                Forms.fields(page, "form[action^='/indicators/targets/1.1/override/clear']"), admin, f -> {});
        assertThat(clear).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject("select count(*) from indicator_override o join administrative_unit u"
                + " on u.id = o.unit_id where u.code = 'T9'", Integer.class)).isOne();
    }

    @Test
    void theStartPageSaysHowManyTargetsTheUnitAttained() {
        JsonNode targets = api.get("/api/indicators/attainment?unit=51", logins.as("qn.snv"));
        long attained = 0, missed = 0;
        for (JsonNode t : targets) {
            if (t.get("attained").isNull()) continue;
            if (t.get("attained").asBoolean()) attained++;
            else
                missed++;
        }
        var card = Html.parse(Html.body(mvc.get().uri("/").with(logins.as("qn.snv")).exchange()))
                .selectFirst("section[aria-labelledby=standing-heading]");
        assertThat(card).isNotNull();
        assertThat(card.select("dd").eachText()).containsExactly(Long.toString(attained), Long.toString(missed),
                Long.toString(targets.size() - attained - missed));
        assertThat(card.selectFirst("a").attr("href")).startsWith("/indicators?unit=51&year=");
    }

    @Test
    void aUserSeesTheirOwnUnitAndTheUnitsBelowOnly() {
        assertThat(api.status("/api/indicators/attainment?unit=51&year=2025", logins.as("qn.snv"))).isEqualTo(200);
        assertThat(api.status("/api/indicators/attainment?unit=51&year=2025", logins.as("dakcam.vhxh"))).isEqualTo(404);
        assertThat(api.status("/indicators?unit=51", logins.as("dakcam.vhxh"))).isEqualTo(404);
        assertThat(api.status("/api/indicators/attainment?unit=TW&year=2025", logins.as("bnv.reviewer")))
                .isEqualTo(200);
        assertThat(api.status("/api/indicators/attainment?unit=51&year=1999", logins.as("qn.snv"))).isEqualTo(409);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private long unit(String code, String name, String level, Long parent, String validTo) {
        String parentPath = jdbc.queryForObject("select path from administrative_unit where id = ?", String.class,
                parent);
        Long id = jdbc.queryForObject("select nextval('administrative_unit_id_seq')", Long.class);
        jdbc.update("""
                insert into administrative_unit (id, code, name, full_name, type, level, parent_id, path, depth,
                                                 valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, date '2020-01-01', ?::date)""", id, code, name, name,
                level.equals("PROVINCE") ? "PROVINCE" : "COMMUNE", level, parent, parentPath + id + "/",
                parentPath.split("/").length - 1, validTo);
        units.put(code, id);
        return id;
    }

    private void accepted(long reportId, String unitCode, String code, int numerator, int denominator) {
        events(new ReportAccepted(reportId, 1, ReportKind.ANNUAL, YEAR, ReporterKind.UNIT, units.get(unitCode),
                Instant.parse("2024-12-20T03:00:00Z"), List.of(new ReportAccepted.TargetFigure(code, null,
                        BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null, null, "Thống kê của xã",
                        null))));
    }

    private void events(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    private JsonNode attainment(String unit) {
        return api.get("/api/indicators/attainment?unit=" + unit + "&year=" + YEAR, logins.as("admin"));
    }

    private static JsonNode target(JsonNode all, String code) {
        for (JsonNode t : all) if (t.get("code").asString().equals(code)) return t;
        throw new AssertionError("no target " + code);
    }

    /** The annex's rows by target code: the cells as read back, numbers as numbers. */
    private Map<String, List<String>> annex(String uri) throws IOException {
        MvcTestResult result = mvc.get().uri(uri).with(logins.as(uri.contains("unit=51") ? "qn.snv" : "admin"))
                .exchange();
        assertThat(result).hasStatusOk();
        Map<String, List<String>> rows = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> Double.toString(cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    });
                }
                rows.put(cells.get(0), cells);
            }
        }
        return rows;
    }
}
