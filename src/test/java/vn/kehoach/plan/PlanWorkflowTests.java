package vn.kehoach.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.plan.domain.PlanCoverage;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.support.Api;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The whole life of a plan through the pages: the province drafts, its leader returns and then issues it, a ward
 * implements it with a plan of its own, and the province sees that ward's plan in its coverage.
 */
@IntegrationTest
class PlanWorkflowTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlanQueries queries;

    @Autowired
    PlanCoverage planCoverage;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc, json);
    }

    @Test
    void draftsReturnsIssuesAndCascadesToAWard() {
        long committee = agency("51", "Ủy ban nhân dân tỉnh");
        long health = agency("51", "Sở Y tế");
        long women = agency("51", "Hội Liên hiệp Phụ nữ");

        // The province's drafter starts a 2027 plan for the People's Committee.
        MvcTestResult created = mvc.post().uri("/plans/new").with(logins.as("qn.snv")).with(csrf())
                .param("year", "2027").param("issuerAgencyId", String.valueOf(committee)).exchange();
        assertThat(created).hasStatus3xxRedirection();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        JsonNode plan = plan(id, "qn.snv");
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("symbol").asString()).isEqualTo("KH-UBND");
        long tasks = sectionId(plan, "TASKS");

        // A task with a lead and a coordinating agency.
        assertThat(mvc.post().uri("/plans/" + id + "/sections/new").with(logins.as("qn.snv")).with(csrf())
                .param("version", plan.get("version").asString()).param("parentId", String.valueOf(tasks))
                .param("title", "Truyền thông về mất cân bằng giới tính khi sinh")
                .param("body", "<p>Tại các trạm y tế.</p>")
                .param("task", "true").param("leadAgencyId", String.valueOf(health))
                .param("coordinatingAgencyIds", String.valueOf(women))
                .param("from", "01/03/2027").param("to", "30/11/2027").param("output", "Tài liệu truyền thông"))
                .hasStatus3xxRedirection();
        plan = plan(id, "qn.snv");
        JsonNode task = plan.get("tasks").get(0);
        assertThat(task.get("sectionNumber").asString()).isEqualTo("II.1");
        assertThat(task.get("lead").get("name").asString()).isEqualTo("Sở Y tế tỉnh Quảng Ngãi");
        assertThat(task.get("coordinating").get(0).get("name").asString())
                .isEqualTo("Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi");
        assertThat(plan.get("recipients").toString()).contains("Sở Y tế tỉnh Quảng Ngãi");

        submit(id, "qn.snv");
        assertThat(mvc.post().uri("/plans/" + id + "/issue").with(logins.as("qn.snv")).with(csrf())
                .param("number", "9").param("issuedOn", "10/01/2027").param("signerName", "X")).hasStatus(403);
        assertThat(mvc.post().uri("/plans/" + id + "/return").with(logins.as("qn.lanhdao")).with(csrf())
                .param("reason", "Bổ sung kinh phí cho hoạt động truyền thông")).hasStatus3xxRedirection();
        assertThat(plan(id, "qn.snv").get("status").asString()).isEqualTo("RETURNED");
        assertThat(mvc.get().uri("/plans/" + id).with(logins.as("qn.snv"))).bodyText()
                .contains("Bổ sung kinh phí cho hoạt động truyền thông");

        submit(id, "qn.snv");
        assertThat(mvc.post().uri("/plans/" + id + "/issue").with(logins.as("qn.lanhdao")).with(csrf())
                .param("number", "9").param("issuedOn", "10/01/2027").param("signerName", "Đặng Ngọc Dũng")
                .param("signerAuthority", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH").param("signerTitle", "PHÓ CHỦ TỊCH"))
                .hasStatus3xxRedirection();
        plan = plan(id, "qn.snv");
        assertThat(plan.get("status").asString()).isEqualTo("ISSUED");
        assertThat(plan.get("number").asString()).isEqualTo("09");
        assertThat(plan.get("issuedOn").asString()).isEqualTo("2027-01-10");
        assertThat(
                jdbc.queryForList("select action from plan_transition where plan_id = ? order by id", String.class, id))
                .containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT", "ISSUE");
        // Issued means fixed.
        assertThat(mvc.get().uri("/plans/" + id + "/edit").with(logins.as("qn.snv"))).hasStatus(403);

        // The ward sees it under "plans to implement" and starts its implementing plan.
        assertThat(mvc.get().uri("/plans").with(logins.as("dakcam.vhxh"))).bodyText()
                .contains("Kế hoạch cần triển khai").contains(plan.get("title").asString());
        MvcTestResult implemented = mvc.post().uri("/plans/" + id + "/implement").with(logins.as("dakcam.vhxh"))
                .with(csrf()).exchange();
        assertThat(implemented).hasStatus3xxRedirection();
        long childId = Long.parseLong(implemented.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        JsonNode child = plan(childId, "dakcam.vhxh");
        assertThat(child.get("parentPlanId").asLong()).isEqualTo(id);
        JsonNode basis = child.get("legalBasis").get(0);
        assertThat(basis.get("text").asString())
                .startsWith("Thực hiện Kế hoạch số 09/KH-UBND ngày 10/1/2027 của Ủy ban nhân dân tỉnh Quảng Ngãi");
        assertThat(basis.get("planId").asLong()).isEqualTo(id);
        JsonNode childTask = child.get("tasks").get(0);
        assertThat(childTask.get("title").asString()).isEqualTo("Truyền thông về mất cân bằng giới tính khi sinh");
        assertThat(childTask.get("lead").get("name").asString()).isEqualTo("Trạm Y tế phường Đăk Cấm");
        assertThat(childTask.get("coordinating").get(0).get("name").asString())
                .isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam phường Đăk Cấm");
        assertThat(childTask.get("to").asString()).isEqualTo("2027-11-25");
        assertThat(childTask.get("implementsSectionId").asLong()).isEqualTo(task.get("sectionId").asLong());
        assertThat(child.get("issuer").get("agencyName").asString()).isEqualTo("Ủy ban nhân dân phường Đăk Cấm");

        submit(childId, "dakcam.vhxh");
        assertThat(mvc.post().uri("/plans/" + childId + "/issue").with(logins.as("dakcam.lanhdao")).with(csrf())
                .param("number", "3").param("issuedOn", "20/01/2027").param("signerName", "A Tuấn"))
                .hasStatus3xxRedirection();

        // Coverage: the ward has implemented the province's plan and its task; the other communes have not.
        PlanCoverage.Coverage coverage = planCoverage.coverage(queries.detailsOf(id));
        assertThat(coverage.units()).filteredOn(u -> u.unitName().equals("Phường Đăk Cấm"))
                .singleElement().satisfies(u -> assertThat(u.implemented()).isTrue());
        assertThat(coverage.units()).filteredOn(u -> u.unitName().equals("Xã Ba Tơ"))
                .singleElement().satisfies(u -> assertThat(u.implemented()).isFalse());
        assertThat(coverage.implemented()).isEqualTo(1);
        assertThat(coverage.tasks().get(0).units()).isEqualTo(1);
        // Above 40 units the page lists those still without a plan; all of them on request.
        assertThat(coverage.notImplemented()).extracting(PlanCoverage.UnitCoverage::unitName).contains("Xã Ba Tơ")
                .doesNotContain("Phường Đăk Cấm").hasSize(coverage.units().size() - 1);
        assertThat(mvc.get().uri("/plans/" + id + "?allUnits=true").with(logins.as("qn.snv"))).hasStatusOk();
        assertThat(mvc.get().uri("/plans/" + id).with(logins.as("qn.snv"))).bodyText()
                .contains("1/" + coverage.units().size() + " đơn vị đã ban hành kế hoạch")
                .contains("/plans/" + id + "/coverage?task=" + coverage.tasks().get(0).sectionId());
        // The task's own page: the ward's task carries it out; Ba Tơ has none yet.
        String taskPage = Html.body(mvc.get().uri("/plans/" + id + "/coverage")
                .param("task", String.valueOf(coverage.tasks().get(0).sectionId())).with(logins.as("qn.snv"))
                .exchange());
        String carrying = taskPage.substring(taskPage.indexOf("carrying-heading"), taskPage.indexOf("without-heading"));
        String without = taskPage.substring(taskPage.indexOf("without-heading"));
        assertThat(carrying).contains("Phường Đăk Cấm", "Truyền thông về mất cân bằng giới tính khi sinh",
                "/plans/" + childId).doesNotContain("Xã Ba Tơ");
        assertThat(without).contains("Xã Ba Tơ", "Chưa có nhiệm vụ triển khai: " + (coverage.units().size() - 1))
                .doesNotContain("Phường Đăk Cấm");
        // A section that is not a task of this plan is not found, nor is a draft's coverage.
        assertThat(mvc.get().uri("/plans/" + id + "/coverage").param("task", String.valueOf(childTask.get("sectionId")
                .asLong())).with(logins.as("qn.snv"))).hasStatus(404);
    }

    @Test
    void refusesASecondSaveOfTheSameVersionWithAConflictPageThatKeepsTheText() {
        long draft = jdbc.queryForObject("select id from plan where status = 'RETURNED' and created_by = 'demo'"
                + " and issuer_unit_id = (select id from administrative_unit where code = '21484' and valid_to is null)",
                Long.class);
        JsonNode plan = plan(draft, "bato.vhxh");
        long version = plan.get("version").asLong();
        long section = sectionId(plan, "PURPOSE");

        assertThat(saveSection(draft, section, version, "Nội dung của người thứ nhất")).hasStatus3xxRedirection();
        MvcTestResult second = saveSection(draft, section, version, "Nội dung của người thứ hai, không được mất");
        assertThat(second).hasStatus(409);
        String page = Html.body(second);
        assertThat(Html.field(page, "body")).contains("Nội dung của người thứ hai, không được mất");
        // The form now carries the current version, so saving again is a deliberate overwrite.
        JsonNode current = plan(draft, "bato.vhxh");
        assertThat(Html.field(page, "version")).isEqualTo(current.get("version").asString());
        assertThat(page).contains("Nội dung của người thứ nhất");
        assertThat(current.toString()).contains("Nội dung của người thứ nhất").doesNotContain("người thứ hai");
    }

    private MvcTestResult saveSection(long plan, long section, long version, String text) {
        return mvc.post().uri("/plans/" + plan + "/sections/" + section + "/edit").with(logins.as("bato.vhxh"))
                .with(csrf()).param("version", String.valueOf(version)).param("kind", "PURPOSE")
                .param("title", "MỤC ĐÍCH, YÊU CẦU").param("body", "<p>" + text + "</p>").exchange();
    }

    private void submit(long id, String user) {
        JsonNode plan = plan(id, user);
        assertThat(mvc.post().uri("/plans/" + id + "/submit").with(logins.as(user)).with(csrf())
                .param("version", plan.get("version").asString())).hasStatus3xxRedirection();
        assertThat(plan(id, user).get("status").asString()).isEqualTo("SUBMITTED");
    }

    private JsonNode plan(long id, String user) {
        return api.get("/api/plans/" + id, logins.as(user));
    }

    static long sectionId(JsonNode plan, String kind) {
        List<JsonNode> all = new ArrayList<>();
        collect(plan.get("sections"), all);
        return all.stream().filter(s -> s.get("kind").asString().equals(kind)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private static void collect(JsonNode sections, List<JsonNode> into) {
        sections.forEach(s -> {
            into.add(s);
            collect(s.get("children"), into);
        });
    }

    private long agency(String unitCode, String prefix) {
        return jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = ? and u.valid_to is null and a.valid_to is null and a.name like ? limit 1""",
                Long.class, unitCode, prefix + "%");
    }
}
