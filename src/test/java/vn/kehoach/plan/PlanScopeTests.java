package vn.kehoach.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.support.Api;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Who sees which plan: drafts stay in their unit's hierarchy, issued plans flow down, nothing leaks by id. */
@IntegrationTest
class PlanScopeTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    Api api;
    long provincial;
    long baToDraft;
    long dakCam;

    @BeforeEach
    void demoPlans() {
        api = new Api(mvc, json);
        provincial = planOf("51", 2025);
        baToDraft = planOf("21484", 2025);
        dakCam = planOf("23284", 2025);
    }

    @Test
    void anotherProvinceCannotSeeADraftByPageOrApi() {
        assertThat(api.status("/plans/" + baToDraft, logins.as("ls.snv"))).isEqualTo(404);
        assertThat(api.status("/api/plans/" + baToDraft, logins.as("ls.snv"))).isEqualTo(404);
        assertThat(api.status("/plans/" + baToDraft + "/edit", logins.as("ls.snv"))).isEqualTo(404);
        assertThat(mvc.post().uri("/plans/" + baToDraft + "/submit").param("version", "0")
                .with(logins.as("ls.snv")).with(csrf()).exchange().getResponse().getStatus()).isEqualTo(404);
        // Of 2025, Lạng Sơn sees the ministry's guidance above it, none of Quảng Ngãi's plans.
        var plans = api.get("/api/plans?year=2025", logins.as("ls.snv")).get("content");
        assertThat(plans).isNotEmpty();
        plans.forEach(p -> assertThat(p.get("unitCode").asString()).isEqualTo("TW"));
    }

    @Test
    void aWardCannotSeeAnotherCommunesDraftButSeesThePlanAbove() {
        assertThat(api.status("/plans/" + baToDraft, logins.as("dakcam.vhxh"))).isEqualTo(404);
        assertThat(api.status("/api/plans/" + baToDraft, logins.as("dakcam.vhxh"))).isEqualTo(404);
        assertThat(api.status("/plans/" + provincial, logins.as("dakcam.vhxh"))).isEqualTo(200);
        List<String> visible = ids(api.get("/api/plans?year=2025", logins.as("dakcam.vhxh")));
        assertThat(visible).contains(String.valueOf(provincial), String.valueOf(dakCam))
                .doesNotContain(String.valueOf(baToDraft));
    }

    @Test
    void theProvinceSeesItsCommunesAndTheHistoryOfThoseItWasFormedFrom() {
        List<String> visible = ids(api.get("/api/plans?size=50", logins.as("qn.snv")));
        assertThat(visible).contains(String.valueOf(provincial), String.valueOf(baToDraft), String.valueOf(dakCam));
        // The 2024 plans of the old province and of huyện Ba Tơ: history of the units Quảng Ngãi was formed from.
        assertThat(visible).contains(String.valueOf(planOf("51", 2024)), String.valueOf(planOf("535", 2024)));
    }

    @Test
    void theDemoProvincialPlanHasItsFullStructure() {
        JsonNode plan = api.get("/api/plans/" + provincial, logins.as("dakcam.vhxh"));
        assertThat(plan.get("number").asString()).isEqualTo("35");
        assertThat(plan.get("issuer").get("unitCode").asString()).isEqualTo("51");
        assertThat(plan.get("issuer").get("agencyName").asString()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Ngãi");
        assertThat(plan.get("legalBasis").get(2).get("documentNumber").asString()).isEqualTo("739/BNV-CTTN&BĐG");
        List<String> top = new ArrayList<>();
        plan.get("sections").forEach(s -> top.add(s.get("number").asString() + " " + s.get("kind").asString()));
        assertThat(top).containsExactly("I PURPOSE", "II TASKS", "III FUNDING", "IV IMPLEMENTATION");
        JsonNode communication = plan.get("sections").get(1).get("children").get(1);
        List<String> letters = new ArrayList<>();
        communication.get("children").forEach(c -> letters.add(c.get("number").asString()));
        assertThat(letters).containsExactly("a", "b", "c", "d", "đ", "e", "g");
        assertThat(plan.get("tasks")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(plan.get("tasks").get(0).get("sectionNumber").asString()).isEqualTo("II.1.a");
        assertThat(plan.get("tasks").get(0).get("lead").get("name").asString()).isEqualTo("Sở Nội vụ tỉnh Quảng Ngãi");
        assertThat(plan.get("reportingRequirements")).hasSize(2);
        assertThat(plan.get("reportingRequirements").get(0).get("kind").asString()).isEqualTo("SIX_MONTH");
        assertThat(plan.get("recipients").toString()).contains("Bộ Nội vụ (để b/c)");
        assertThat(plan.get("signer").get("name").asString()).isEqualTo("Đặng Ngọc Dũng");
    }

    private long planOf(String unitCode, int year) {
        return jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = ? and p.year = ? and p.created_by = 'demo' order by p.id limit 1""",
                Long.class, unitCode, year);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }
}
