package vn.kehoach.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.plan.domain.PlanDrafting;
import vn.kehoach.plan.domain.PlanWorkflow;
import vn.kehoach.plan.domain.SectionContent;
import vn.kehoach.plan.domain.TaskContent;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.support.Api;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan lists apply the same rule as the plan page: an issued plan of another province is listed for the
 * agencies it gives a task (as lead or as coordinating agency) and for no one else of that province; the ministry
 * lists every plan; the "assigned to" filter finds the plans that name an agency.
 */
@IntegrationTest
class PlanListScopeTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlanCreation planCreation;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanWorkflow planWorkflow;

    Api api;
    long langSonPlan;
    long health;

    @BeforeEach
    void aLangSonPlanAssigningQuangNgaiAgencies() {
        api = new Api(mvc, json);
        CurrentUser drafter = logins.currentUser("ls.snv");
        long committee = agency("20", "Ủy ban nhân dân tỉnh");
        health = agency("51", "Sở Y tế");
        long qnCommittee = agency("51", "Ủy ban nhân dân tỉnh");
        langSonPlan = planCreation.create(drafter, 2026, committee, "Kế hoạch phối hợp liên tỉnh thử nghiệm");
        long tasks = jdbc.queryForObject("select id from plan_section where plan_id = ? and kind = 'TASKS'"
                + " and parent_id is null", Long.class, langSonPlan);
        long screening = planDrafting.addSection(drafter, langSonPlan, version(), tasks, null,
                new SectionContent(null, null, "Khám sàng lọc cho lao động nữ di cư", null),
                new TaskContent(drafter.agencyId(), null, List.of(), LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 9, 30), null, "Báo cáo", List.of(), null));
        long exchange = planDrafting.addSection(drafter, langSonPlan, version(), tasks, null,
                new SectionContent(null, null, "Trao đổi kinh nghiệm giữa hai tỉnh", null),
                new TaskContent(drafter.agencyId(), null, List.of(), null, null, "Quý III", null, List.of(), null));
        // A drafter names only agencies of their own units; plans naming another province's agencies come from
        // before that rule, and the lists must still show them to those agencies.
        jdbc.update("update plan_section set lead_agency_id = ? where id = ?", health, screening);
        jdbc.update("insert into plan_section_coordinator (section_id, position, agency_id) values (?, 0, ?)",
                exchange, qnCommittee);
        planWorkflow.submit(drafter, langSonPlan, version());
        CurrentUser leader = new CurrentUser(0, "test.leader", "Lãnh đạo thử", Set.of(Role.LEADER), committee,
                "Ủy ban nhân dân tỉnh Lạng Sơn", drafter.unitId(), drafter.unitCode(), drafter.unitName(),
                drafter.unitPath(), drafter.unitLevel(), drafter.scopePaths());
        planWorkflow.issue(leader, langSonPlan, "901", LocalDate.of(2026, 2, 2), null, null, "Người ký thử");
    }

    @AfterEach
    void removeIt() {
        // Issuing the plan made its agencies owe reports; they go with it.
        jdbc.update("delete from report where plan_id = ?", langSonPlan);
        jdbc.update("delete from plan where id = ?", langSonPlan);
    }

    @Test
    void anIssuedPlanOfAnotherProvinceIsListedForTheAgenciesItAssigns() {
        assertThat(ids(api.get("/api/plans?size=100", logins.as("qn.syt")))).contains(langSonPlan);
        assertThat(ids(api.get("/api/plans?size=100&q=lao dong nu di cu", logins.as("qn.syt"))))
                .containsExactly(langSonPlan);
        assertThat(ids(api.get("/api/plans?size=100", logins.as("qn.lanhdao")))).contains(langSonPlan);
        assertThat(api.status("/api/plans/" + langSonPlan, logins.as("qn.lanhdao"))).isEqualTo(200);

        assertThat(ids(api.get("/api/plans?size=100", logins.as("qn.snv")))).doesNotContain(langSonPlan);
        assertThat(ids(api.get("/api/plans?size=100", logins.as("dakcam.vhxh")))).doesNotContain(langSonPlan);
        assertThat(api.status("/api/plans/" + langSonPlan, logins.as("qn.snv"))).isEqualTo(404);
    }

    /** The search tries the head of a plan's text first (V21); words further in must still find it, in scope only. */
    @Test
    void theSearchFindsWordsDeepInAPlansTextAndOnlyInScope() {
        long plan = jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = '51' and p.status = 'ISSUED' and length(p.search_text) > 1200 order by p.id limit 1""",
                Long.class);
        String deep = jdbc.queryForObject("select substr(search_text, 1000, 40) from plan where id = ?", String.class,
                plan).trim();
        assertThat(jdbc.queryForObject("select search_head like ? from plan where id = ?", Boolean.class,
                "%" + deep + "%", plan)).as("the words are beyond the stored head").isFalse();
        assertThat(ids(api.get("/api/plans?size=100&q=" + deep, logins.as("qn.snv")))).contains(plan);
        assertThat(ids(api.get("/api/plans?size=100&q=" + deep, logins.as("ls.snv")))).doesNotContain(plan);
    }

    /**
     * The lists find a unit's plans by the issuer's path kept on the plan (V23): set when a plan is written, and
     * carried along when a roster import moves the unit, with its subtree, under another parent.
     */
    @Test
    void aUnitsPlansFollowItWhenItMovesInTheTree() {
        assertThat(jdbc.queryForObject("""
                select p.issuer_path = u.path from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where p.id = ?""", Boolean.class, langSonPlan)).as("the path is set on a new plan").isTrue();
        long plan = jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.level = 'COMMUNE' and u.valid_to is null and u.path like (select path || '%'
                    from administrative_unit where code = '51' and valid_to is null) order by p.id limit 1""",
                Long.class);
        long commune = jdbc.queryForObject("select issuer_unit_id from plan where id = ?", Long.class, plan);
        String path = jdbc.queryForObject("select path from administrative_unit where id = ?", String.class, commune);
        String langSon = jdbc.queryForObject("select path from administrative_unit where code = '20'"
                + " and valid_to is null", String.class);
        String moved = langSon + commune + "/";
        assertThat(ids(api.get("/api/plans?size=200&year=" + year(plan), logins.as("qn.snv")))).contains(plan);
        // As UnitImportService moves a subtree: one statement over the paths.
        String move = "update administrative_unit set path = ? || substring(path from ?) where path like ?";
        jdbc.update(move, moved, path.length() + 1, path + "%");
        try {
            assertThat(jdbc.queryForObject("select issuer_path from plan where id = ?", String.class, plan))
                    .isEqualTo(moved);
            assertThat(ids(api.get("/api/plans?size=200&year=" + year(plan), logins.as("ls.snv")))).contains(plan);
            assertThat(ids(api.get("/api/plans?size=200&year=" + year(plan), logins.as("qn.snv"))))
                    .doesNotContain(plan);
        } finally {
            jdbc.update(move, path, moved.length() + 1, moved + "%");
        }
        assertThat(jdbc.queryForObject("select issuer_path from plan where id = ?", String.class, plan))
                .isEqualTo(path);
    }

    @Test
    void theMinistryListsEveryPlanOfTheCountry() {
        long all = api.get("/api/plans", logins.as("admin")).get("totalElements").asLong();
        assertThat(api.get("/api/plans", logins.as("bnv.reviewer")).get("totalElements").asLong()).isEqualTo(all);
    }

    /** A plan not yet issued has no number: the list says so rather than showing "/KH-UBND". */
    @Test
    void aDraftIsListedAsNotNumberedYet() {
        var rows = Html.parse(Html.body(mvc.get().uri("/plans?status=DRAFT").with(logins.as("qn.snv")).exchange()))
                .select("tbody tr");
        assertThat(rows).isNotEmpty();
        assertThat(rows.eachText()).allMatch(row -> row.contains("Chưa cấp số") && !row.contains(" /KH-"));
        String issued = Html.body(mvc.get().uri("/plans?status=ISSUED").with(logins.as("qn.snv")).exchange());
        assertThat(issued).doesNotContain("Chưa cấp số").contains("/KH-UBND");
    }

    @Test
    void theAssignedFilterListsThePlansNamingTheAgency() {
        String page = Html.body(mvc.get().uri("/plans?assigned=" + health).with(logins.as("admin")).exchange());
        assertThat(page).contains("href=\"/plans/" + langSonPlan + "\"")
                .doesNotContain("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2024");
    }

    private int year(long plan) {
        return jdbc.queryForObject("select year from plan where id = ?", Integer.class, plan);
    }

    private long version() {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, langSonPlan);
    }

    private long agency(String unitCode, String namePrefix) {
        return jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = ? and u.valid_to is null and a.valid_to is null and a.name like ?""",
                Long.class, unitCode, namePrefix + "%");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }
}
