package vn.kehoach.roster;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.kehoach.account.AccountCommand;
import vn.kehoach.account.AccountService;
import vn.kehoach.roster.domain.AgencyService;
import vn.kehoach.roster.domain.UnitCommand;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.SqlStatementCounter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A reorganisation is picked, previewed and only then confirmed: the preview tells the units that end and start,
 * the links, the agencies and the plans, reports and accounts that follow the successor, and changes nothing; the
 * confirmation records exactly what was previewed. Demo data is only previewed; what is confirmed is made up here.
 */
@IntegrationTest
class ReorganisationPreviewTests {

    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);
    private static final String OPEN = "('NOT_STARTED', 'DRAFT', 'AWAITING_APPROVAL', 'RETURNED')";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitService units;
    @Autowired
    AgencyService agencies;
    @Autowired
    AccountService accounts;
    @Autowired
    SqlStatementCounter sql;

    private final CurrentUser admin = CurrentUser.system("test");

    @Test
    void previewsThreeDemoCommunesMergingWithWhatFollowsThemAndChangesNothing() {
        long baTo = current("21484"), baVi = current("21529"), baTho = current("21523"), province = current("51");
        List<Long> ids = List.of(baTo, baVi, baTho);
        String before = snapshot();

        MvcTestResult result = post("/roster/reorganisations/preview", "admin", merge(ids, "01/01/2027",
                "21484", "Ba Tơ", "COMMUNE", province));

        assertThat(result).hasStatusOk();
        assertThat(snapshot()).as("the database after the preview").isEqualTo(before);
        Document page = Html.parse(Html.body(result));
        // Units that end and start: names, codes, levels, parents and dates.
        List<String> closing = rows(page, "#preview-closing");
        assertThat(closing).hasSize(3);
        assertThat(closing).anySatisfy(row -> assertThat(row)
                .contains("21529", "Xã Ba Vì", "Cấp xã", "Tỉnh Quảng Ngãi", "01/07/2025 – 31/12/2026"));
        assertThat(rows(page, "#preview-created")).singleElement().satisfies(row -> assertThat(row)
                .contains("21484", "Xã Ba Tơ", "mới", "Cấp xã", "Tỉnh Quảng Ngãi", "từ 01/01/2027"));
        assertThat(rows(page, "#preview-links")).hasSize(3).allSatisfy(row -> assertThat(row)
                .contains("Xã Ba Tơ 21484", "Sáp nhập", "Không"));

        // Plans, reports and accounts, counted here independently of the application.
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<String> plans = jdbc.queryForList("select title from plan where issuer_unit_id in (" + in + ")"
                + " and (status in ('DRAFT', 'SUBMITTED', 'RETURNED') or (status = 'ISSUED' and year >= 2027))",
                String.class);
        int reports = count("select count(*) from report r join agency a on a.id = r.owner_agency_id"
                + " where a.unit_id in (" + in + ") and r.status in " + OPEN);
        int unitReportRequirements = count("select count(distinct r.requirement_id) from report r join agency a"
                + " on a.id = r.owner_agency_id where a.unit_id in (" + in + ") and r.status in " + OPEN
                + " and r.reporter_kind = 'UNIT'");
        int unitReports = count("select count(*) from report r join agency a on a.id = r.owner_agency_id"
                + " where a.unit_id in (" + in + ") and r.status in " + OPEN + " and r.reporter_kind = 'UNIT'");
        int users = count("select count(*) from app_user u join agency a on a.id = u.agency_id"
                + " where a.unit_id in (" + in + ") and u.enabled");
        assertThat(plans).as("xã Ba Tơ's draft implementing plan").isNotEmpty();
        assertThat(reports).as("the communes' open reports").isPositive();
        assertThat(users).as("bato.vhxh, bato.lanhdao").isGreaterThanOrEqualTo(2);

        Element planSection = section(page, "Kế hoạch đang soạn thảo hoặc đang thực hiện");
        assertThat(planSection.selectFirst("h2").text()).endsWith("(" + plans.size() + ")");
        assertThat(planSection.select("tbody tr")).hasSize(plans.size());
        assertThat(planSection.text()).contains(plans.get(0)).contains("Đơn vị kế thừa tiếp tục: Xã Ba Tơ");
        Element reportSection = section(page, "Báo cáo đang phải thực hiện");
        assertThat(reportSection.selectFirst("h2").text()).endsWith("(" + reports + ")");
        assertThat(reportSection.select("tbody tr")).hasSize(reports);
        // The new commune reports once per requirement: of the communes' own reports, the first is handed over.
        assertThat(reportSection.select("tbody tr:contains(Không còn yêu cầu riêng)"))
                .hasSize(unitReports - unitReportRequirements);
        Element accountSection = section(page, "Tài khoản đang sử dụng");
        assertThat(accountSection.selectFirst("h2").text()).endsWith("(" + users + ")");
        assertThat(accountSection.select("tbody tr:contains(bato.vhxh)").text())
                .contains("Xã Ba Tơ", "Chuyển cho Phòng Văn hóa - Xã hội xã Ba Tơ");

        // The confirmation carries the same picks and the preview's digest.
        Element confirm = page.selectFirst("#confirm-form");
        assertThat(confirm.select("input[name=predecessorIds]").eachAttr("value"))
                .containsExactly(String.valueOf(baTo), String.valueOf(baVi), String.valueOf(baTho));
        assertThat(confirm.selectFirst("input[name=digest]").attr("value")).matches("[0-9a-f]{64}");
        assertThat(confirm.selectFirst("button").text()).isEqualTo("Xác nhận");
    }

    @Test
    void confirmsExactlyWhatWasPreviewedAndShowsTheResult() {
        Made made = province("R1", "Thử Xác Nhận", "97001", "Đông", "97004", "Tây", "97007", "Nam");
        long police = jdbc.queryForObject("select id from agency where unit_id = ? and name = 'Công an xã Đông'",
                Long.class, made.communes().get(0));
        long officer = accounts.create(admin, new AccountCommand("congan.dong", "Lê Văn Đông", police,
                Set.of(Role.REPORTER), null, null)).id();

        MvcTestResult preview = post("/roster/reorganisations/preview", "admin", merge(made.communes(), "01/03/2027",
                "97001", "Đông Tây Nam", "COMMUNE", made.province()));
        assertThat(preview).hasStatusOk();
        Document page = Html.parse(Html.body(preview));
        assertThat(rows(page, "#preview-agencies")).contains(
                "Xã Đông Công an xã Đông Chấm dứt; người dùng chuyển sang Công an xã Đông Tây Nam");
        assertThat(section(page, "Tài khoản đang sử dụng").text()).contains("congan.dong")
                .contains("Chuyển cho Công an xã Đông Tây Nam");
        assertThat(page.text()).contains("Đơn vị kế thừa được tạo");

        MvcTestResult confirmed = mvc.post().uri("/roster/reorganisations").with(logins.as("admin")).with(csrf())
                .params(Forms.fields(Html.body(preview), "#confirm-form")).exchange();
        assertThat(confirmed).hasStatus3xxRedirection();
        String location = confirmed.getResponse().getRedirectedUrl();
        assertThat(location).matches("/roster/reorganisations/\\d+");

        LocalDate on = LocalDate.of(2027, 3, 1);
        UnitRef merged = units.findByCodeAt("97001", on).orElseThrow();
        assertThat(merged.fullName()).isEqualTo("Xã Đông Tây Nam");
        assertThat(merged.parentId()).isEqualTo(made.province());
        assertThat(made.communes()).allSatisfy(id -> assertThat(units.get(id).validTo()).isEqualTo(on.minusDays(1)));
        assertThat(jdbc.queryForObject("select a.name from app_user u join agency a on a.id = u.agency_id"
                + " where u.id = ?", String.class, officer)).isEqualTo("Công an xã Đông Tây Nam");
        assertThat(mvc.get().uri(location).with(logins.as("admin"))).hasStatusOk().bodyText()
                .contains("Sắp xếp đã ghi nhận", "Xã Đông", "Xã Tây", "Xã Nam", "Xã Đông Tây Nam", "Sáp nhập");

        // The same confirmation again records nothing: the communes have ended.
        MvcTestResult again = mvc.post().uri("/roster/reorganisations").with(logins.as("admin")).with(csrf())
                .params(Forms.fields(Html.body(preview), "#confirm-form")).exchange();
        assertThat(again).hasStatus(422);
        assertThat(Html.errors(Html.body(again))).contains("Xã Tây đã được ghi nhận sắp xếp trước đó",
                "Mã 97001 đã được dùng cho một đơn vị khác");
        assertThat(count("select count(*) from administrative_unit where code = '97001'")).isEqualTo(2);
    }

    @Test
    void asksForANewLookWhenSomethingChangedSinceThePreview() {
        Made made = province("R2", "Thử Thay Đổi", "97011", "Bắc", "97014", "Trung");
        MultiValueMap<String, String> form = merge(made.communes(), "01/03/2027", "97011", "Bắc Trung", "COMMUNE",
                made.province());
        MvcTestResult preview = post("/roster/reorganisations/preview", "admin", form);
        assertThat(preview).hasStatusOk();
        // Meanwhile someone gives the commune a new account: the preview no longer says what would happen.
        long police = jdbc.queryForObject("select id from agency where unit_id = ? and name = 'Công an xã Bắc'",
                Long.class, made.communes().get(0));
        accounts.create(admin, new AccountCommand("congan.bac", "Phạm Văn Bắc", police, Set.of(Role.REPORTER),
                null, null));

        MvcTestResult stale = mvc.post().uri("/roster/reorganisations").with(logins.as("admin")).with(csrf())
                .params(Forms.fields(Html.body(preview), "#confirm-form")).exchange();
        assertThat(stale).hasStatus(409);
        assertThat(Html.body(stale)).contains("Dữ liệu đã thay đổi kể từ lần xem trước").contains("congan.bac");
        assertThat(units.get(made.communes().get(0)).validTo()).isNull();

        // Without a preview nothing is recorded either.
        MvcTestResult blind = post("/roster/reorganisations", "admin", form);
        assertThat(blind).hasStatus(409);
        assertThat(units.get(made.communes().get(0)).validTo()).isNull();

        MvcTestResult confirmed = mvc.post().uri("/roster/reorganisations").with(logins.as("admin")).with(csrf())
                .params(Forms.fields(Html.body(stale), "#confirm-form")).exchange();
        assertThat(confirmed).hasStatus3xxRedirection();
        assertThat(units.get(made.communes().get(0)).validTo()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void returnsTheFormWithEveryProblemAndThePicksKept() {
        long ended = old("21511");
        long baVi = current("21529"), baTho = current("21523");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", "MERGE");
        form.add("effectiveOn", "01/01/2027");
        form.add("predecessorIds", String.valueOf(ended));
        form.add("predecessorIds", String.valueOf(baVi));
        form.add("successorIds", String.valueOf(baTho));
        form.add("newUnits[0].name", "Ba Vì Mới");
        form.add("agencies", "CLOSE");
        String before = snapshot();

        MvcTestResult result = post("/roster/reorganisations/preview", "admin", form);

        assertThat(result).hasStatus(422);
        assertThat(snapshot()).isEqualTo(before);
        String body = Html.body(result);
        assertThat(Html.errors(body)).contains(
                "Xã Ba Cung không có hiệu lực vào ngày trước ngày sắp xếp",
                "Sáp nhập hoặc đổi tên cần đúng một đơn vị kế thừa",
                "Nhập mã đơn vị mới", "Chọn loại đơn vị", "Chọn đơn vị cấp trên");
        Document page = Html.parse(body);
        assertThat(page.select("#predecessor-chips input[name=predecessorIds]").eachAttr("value"))
                .containsExactly(String.valueOf(ended), String.valueOf(baVi));
        assertThat(page.select("#predecessor-chips").text()).contains("Xã Ba Cung — 21511", "Xã Ba Vì — 21529");
        assertThat(page.select("#successor-chips").text()).contains("Xã Ba Tô — 21523 — Tỉnh Quảng Ngãi");
        assertThat(Html.field(body, "newUnits[0].name")).isEqualTo("Ba Vì Mới");
        assertThat(Html.field(body, "effectiveOn")).isEqualTo("01/01/2027");
        assertThat(page.select("#predecessorSearch").hasClass("is-invalid")).isTrue();

        // A date that does not exist and no unit at all: both said at once.
        form.set("effectiveOn", "31/02/2027");
        form.remove("predecessorIds");
        MvcTestResult noDate = post("/roster/reorganisations/preview", "admin", form);
        assertThat(noDate).hasStatus(422);
        assertThat(Html.errors(Html.body(noDate))).contains("Ngày không hợp lệ",
                "Chọn ít nhất một đơn vị kết thúc hoạt động");
    }

    @Test
    void aUnitAdministratorReorganisesOnlyTheUnitsBelowTheirOwn() {
        long baVi = current("21529"), baTho = current("21523"), quangNgai = current("51"), langSon = current("20");
        MultiValueMap<String, String> communes = merge(List.of(baVi, baTho), "01/01/2027", "21529", "Ba Vì",
                "COMMUNE", quangNgai);

        assertThat(post("/roster/reorganisations/preview", "qn.admin", communes)).hasStatusOk();
        assertThat(post("/roster/reorganisations/preview", "ls.admin", communes)).hasStatus(404);
        assertThat(post("/roster/reorganisations/preview", "qn.admin", merge(List.of(baVi, baTho), "01/01/2027",
                "21529", "Ba Vì", "COMMUNE", langSon))).hasStatus(404);
        assertThat(post("/roster/reorganisations/preview", "qn.admin", merge(List.of(quangNgai), "01/01/2027",
                "51", "Quảng Ngãi", "PROVINCE", 1L))).hasStatus(404);
        assertThat(post("/roster/reorganisations", "ls.admin", communes)).hasStatus(404);
        assertThat(mvc.get().uri("/roster/reorganisations/new").with(logins.as("qn.snv"))).hasStatus(403);
        assertThat(mvc.get().uri("/roster/reorganisations/new").with(logins.as("ls.admin"))).hasStatusOk();

        long demoMerge = jdbc.queryForObject("select max(l.reorganisation_id) from unit_link l"
                + " join administrative_unit u on u.id = l.successor_id where u.code = '21529'", Long.class);
        assertThat(mvc.get().uri("/roster/reorganisations/" + demoMerge).with(logins.as("qn.admin"))).hasStatusOk();
        assertThat(mvc.get().uri("/roster/reorganisations/" + demoMerge).with(logins.as("ls.admin"))).hasStatus(404);
        assertThat(mvc.get().uri("/roster/reorganisations").with(logins.as("ls.admin"))).hasStatusOk().bodyText()
                .doesNotContain("Xã Ba Vì");

        // The pickers offer a unit administrator only what they may pick.
        assertThat(search("ba vi", "below", "ls.admin")).doesNotContain("Ba Vì");
        assertThat(search("ba vi", "below", "qn.admin")).contains("Xã Ba Vì");
        assertThat(search("ba vi", null, "ls.admin")).contains("Xã Ba Vì");
        assertThat(search("quang ngai", "below", "qn.admin")).doesNotContain("Tỉnh Quảng Ngãi");
        assertThat(search("quang ngai", "mine", "qn.admin")).contains("Tỉnh Quảng Ngãi");
    }

    @Test
    void thePreviewRunsAFixedNumberOfStatementsWhateverTheNumberOfUnits() {
        long receiving = units.create(admin, new UnitCommand("R3", "Thử Tiếp Nhận", "Tỉnh Thử Tiếp Nhận", null,
                UnitType.PROVINCE, null, SINCE, null)).id();
        agencies.applyTemplates(admin, receiving);
        Made small = province("R4", "Thử Nhỏ", communes("972", 3));
        Made large = province("R5", "Thử Lớn", communes("973", 40));

        List<String> few = previewStatements(small.province(), receiving);
        List<String> many = previewStatements(large.province(), receiving);

        assertThat(many).as("statements with 40 communes carried over instead of 3:%n%s", String.join("\n", many))
                .hasSameSizeAs(few);
        assertThat(few.size()).isLessThanOrEqualTo(25);
    }

    private List<String> previewStatements(long province, long receiving) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", "MERGE");
        form.add("effectiveOn", "01/01/2028");
        form.add("predecessorIds", String.valueOf(province));
        form.add("successorIds", String.valueOf(receiving));
        form.add("transferChildren", "true");
        form.add("agencies", "CLOSE");
        List<MvcTestResult> results = new ArrayList<>();
        List<String> statements = sql
                .statementsDuring(() -> results.add(post("/roster/reorganisations/preview", "admin", form)));
        assertThat(results.get(0)).hasStatusOk();
        int communes = count("select count(*) from administrative_unit where parent_id = " + province);
        assertThat(rows(Html.parse(Html.body(results.get(0))), "#preview-closing")).hasSize(communes + 1);
        return statements;
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    record Made(long province, List<Long> communes) {
    }

    private static String[] communes(String prefix, int count) {
        String[] codesAndNames = new String[count * 2];
        for (int i = 0; i < count; i++) {
            codesAndNames[2 * i] = prefix + String.format("%02d", i);
            codesAndNames[2 * i + 1] = "Thử " + (i + 1);
        }
        return codesAndNames;
    }

    /** A made-up province with communes (code, name, …), each with its usual agencies. */
    private Made province(String code, String name, String... codesAndNames) {
        UnitRef province = units.create(admin, new UnitCommand(code, name, "Tỉnh " + name, null, UnitType.PROVINCE,
                null, SINCE, null));
        agencies.applyTemplates(admin, province.id());
        List<Long> communes = new ArrayList<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            UnitRef commune = units.create(admin, new UnitCommand(codesAndNames[i], codesAndNames[i + 1],
                    "Xã " + codesAndNames[i + 1], null, UnitType.COMMUNE, province.id(), SINCE, null));
            agencies.applyTemplates(admin, commune.id());
            communes.add(commune.id());
        }
        return new Made(province.id(), communes);
    }

    private static MultiValueMap<String, String> merge(List<Long> predecessors, String on, String code, String name,
                                                       String type, long parent) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", "MERGE");
        form.add("effectiveOn", on);
        predecessors.forEach(id -> form.add("predecessorIds", String.valueOf(id)));
        form.add("newUnits[0].code", code);
        form.add("newUnits[0].name", name);
        form.add("newUnits[0].type", type);
        form.add("newUnits[0].parentId", String.valueOf(parent));
        form.add("agencies", "CLOSE");
        return form;
    }

    private MvcTestResult post(String uri, String user, MultiValueMap<String, String> form) {
        return mvc.post().uri(uri).with(logins.as(user)).with(csrf()).params(form).exchange();
    }

    private String search(String q, String scope, String user) {
        var request = mvc.get().uri("/api/units").param("q", q).with(logins.as(user));
        if (scope != null) request = request.param("scope", scope);
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return Html.body(result);
    }

    private long current(String code) {
        return jdbc.queryForObject("select id from administrative_unit where code = ? and valid_to is null",
                Long.class, code);
    }

    private long old(String code) {
        return jdbc.queryForObject("select id from administrative_unit where code = ? and valid_to = date '2025-06-30'",
                Long.class, code);
    }

    private int count(String query) {
        return jdbc.queryForObject(query, Integer.class);
    }

    /** Everything a reorganisation could change, as one fingerprint. */
    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("administrative_unit", "unit_link", "reorganisation", "agency", "focal_agency",
                "app_user", "report", "plan")) {
            all.append(jdbc.queryForObject(
                    "select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by t.id), ''))"
                            + " from " + table + " t",
                    String.class)).append(' ');
        }
        return all.toString();
    }

    private static List<String> rows(Document page, String table) {
        return page.select(table + " tbody tr").eachText();
    }

    private static Element section(Document page, String heading) {
        Element h2 = page.select("section h2").stream().filter(h -> h.text().startsWith(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading));
        return h2.parent();
    }
}
