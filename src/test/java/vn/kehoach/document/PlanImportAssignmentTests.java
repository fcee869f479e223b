package vn.kehoach.document;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.plan.domain.PlanWorkflow;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.security.Role;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.TestPlans;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Plans read in with their assignments, matched to the right roster — the issuing unit's agencies as they were on the
 * plan's date, never another province's — and, once issued, asking each assigned agency for its report. The seeds of
 * ../shared/seeds are used when present; the team's fixtures always.
 */
@IntegrationTest
class PlanImportAssignmentTests {

    private static final Path SEEDS = Path.of("../shared/seeds");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlanWorkflow planWorkflow;
    @Autowired
    PlanQueries queries;
    @Autowired
    Agencies agencies;
    @Autowired
    TestPlans testPlans;

    private static String fixture(String name) throws IOException {
        try (InputStream in = PlanImportAssignmentTests.class.getResourceAsStream("/fixtures/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String seed(String name) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent");
        return Files.readString(SEEDS.resolve(name));
    }

    private JsonNode parse(String text, String user) {
        MvcTestResult result = mvc.post().uri("/api/plans/parse").multipart()
                .file(new MockMultipartFile("file", "ke-hoach.txt", "text/plain",
                        text.getBytes(StandardCharsets.UTF_8)))
                .with(logins.as(user)).with(csrf()).exchange();
        assertThat(result).hasStatusOk();
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    /** Every agency id the parse matched: leads, partners, blocks. */
    private static Set<Long> matchedIds(JsonNode parsed) {
        Set<Long> ids = new HashSet<>();
        parsed.get("tasks").forEach(t -> {
            if (!t.get("lead").isNull() && !t.get("lead").get("agencyId").isNull())
                ids.add(t.get("lead").get("agencyId").asLong());
            t.get("coordinating").forEach(c -> {
                if (!c.get("agencyId").isNull()) ids.add(c.get("agencyId").asLong());
            });
        });
        parsed.get("agencies").forEach(a -> {
            if (!a.get("matchedAgencyId").isNull()) ids.add(a.get("matchedAgencyId").asLong());
        });
        return ids;
    }

    private Long matchedLead(JsonNode parsed, String written) {
        for (JsonNode t : parsed.get("tasks")) {
            if (!t.get("lead").isNull() && t.get("lead").get("name").asString().equals(written)) {
                return t.get("lead").get("agencyId").isNull() ? null : t.get("lead").get("agencyId").asLong();
            }
        }
        throw new AssertionError("no task led by " + written);
    }

    /** All matched agencies are the unit's, and were active on the date. */
    private void assertMatchedOnly(JsonNode parsed, String unitCode, LocalDate on) {
        Set<Long> ids = matchedIds(parsed);
        assertThat(ids).isNotEmpty();
        for (AgencyRef agency : agencies.findAll(ids)) {
            assertThat(agency.unitCode()).as(agency.name()).isEqualTo(unitCode);
            assertThat(agency.activeAt(on)).as(agency.name() + " on " + on).isTrue();
        }
    }

    @Test
    void returnsTheAssignmentsInTasksWithLeadCoordinatingAndRequested() throws IOException {
        JsonNode parsed = parse(fixture("tinh-quang-ngai-2024-phan-cong.md"), "qn.snv");

        JsonNode survey = null;
        JsonNode request = null;
        for (JsonNode t : parsed.get("tasks")) {
            if (t.get("sectionNumber").asString().equals("V.1")) survey = t;
            if (t.get("sectionNumber").asString().equals("Phần II.IV.4.c")) request = t;
        }
        assertThat(survey).isNotNull();
        assertThat(survey.get("lead").get("name").asString()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(survey.get("lead").get("agencyId").isNull()).isFalse();
        assertThat(survey.get("coordinating")).extracting(c -> c.get("name").asString())
                .containsExactly("Cục Thống kê tỉnh", "Sở Y tế");
        assertThat(survey.get("requested").asBoolean()).isFalse();
        assertThat(request.get("lead").get("name").asString()).isEqualTo("Ban Tổ chức Tỉnh ủy");
        assertThat(request.get("requested").asBoolean()).isTrue();
        // What the API gave before stays.
        assertThat(parsed.has("agencies")).isTrue();
        assertThat(parsed.has("sections")).isTrue();
        assertThat(parsed.get("reportingRequirements").size()).isEqualTo(2);
        assertThat(parsed.get("issuer").get("unitCode").asString()).isEqualTo("51");
    }

    @Test
    void matchesA2024ProvincialPlanAgainstTheProvinceAsItWasThen() throws IOException {
        JsonNode parsed = parse(fixture("tinh-quang-ngai-2024-phan-cong.md"), "qn.snv");

        assertMatchedOnly(parsed, "51", LocalDate.of(2024, 3, 25));
        // Sở Lao động - Thương binh và Xã hội ended on 28/02/2025: only the roster of 2024 has it.
        assertThat(matchedLead(parsed, "Sở Lao động - Thương binh và Xã hội")).isNotNull();
        assertThat(matchedLead(parsed, "Ban Tổ chức Tỉnh ủy")).isNull();
    }

    @Test
    void matchesADistrictPlanAgainstTheDistrictWithItsAbbreviations() throws IOException {
        JsonNode parsed = parse(fixture("huyen-ba-to-2023-pdf.txt"), "qn.snv");

        assertMatchedOnly(parsed, "535", LocalDate.of(2023, 4, 10));
        for (String abbreviated : List.of("Phòng LĐTB&XH", "Phòng GD&ĐT", "Phòng TC-KH", "Phòng VH-TT", "Công an huyện",
                "Hội Liên hiệp Phụ nữ huyện")) {
            assertThat(matchedLead(parsed, abbreviated)).as(abbreviated).isNotNull();
        }
        assertThat(matchedLead(parsed, "Phòng Dân tộc")).isNull();
    }

    @Test
    void matchesNothingOfAnotherProvince() {
        String langSon = """
                ỦY BAN NHÂN DÂN
                TỈNH LẠNG SƠN
                Số: 41/KH-UBND
                Lạng Sơn, ngày 05 tháng 3 năm 2024
                KẾ HOẠCH
                Thực hiện công tác bình đẳng giới trên địa bàn tỉnh Lạng Sơn năm 2024
                Thực hiện Công văn số 482/LĐTBXH-BĐG ngày 21/02/2024 của Bộ Lao động - Thương binh và Xã hội, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
                I. NHIỆM VỤ
                1. Truyền thông về bình đẳng giới trên Báo Lạng Sơn.
                II. TỔ CHỨC THỰC HIỆN
                1. Sở Lao động - Thương binh và Xã hội: theo dõi, tổng hợp kết quả.
                2. Sở Giáo dục và Đào tạo: lồng ghép nội dung bình đẳng giới trong trường học.
                3. Công an tỉnh: phòng, chống mua bán người.
                """;
        JsonNode parsed = parse(langSon, "qn.snv");

        assertThat(matchedIds(parsed)).isEmpty();
        assertThat(parsed.get("tasks")).hasSize(3);
    }

    @Test
    void matchesTheSeedsOnlyToTheirOwnUnitAndDate() throws IOException {
        JsonNode provincial = parse(seed("004_91c3c8c0567112e0.txt"), "qn.snv");
        assertMatchedOnly(provincial, "51", LocalDate.of(2022, 12, 31));
        assertThat(matchedLead(provincial, "Ban Dân tộc tỉnh")).as("exists only from 1/7/2025").isNull();
        assertThat(matchedLead(provincial, "Sở Ngoại vụ")).isNull();
        assertThat(matchedLead(provincial, "Sở Kế hoạch và Đầu tư")).isNotNull();

        JsonNode district = parse(seed("000_82a86508daba950a.txt"), "qn.snv");
        assertMatchedOnly(district, "535", LocalDate.of(2024, 12, 31));
        assertThat(matchedLead(district, "Phòng TC-KH")).isNotNull();
        assertThat(matchedLead(district, "Phòng giao dịch Ngân hàng Chính sách xã hội")).isNull();

        // A district of Lạng Sơn read by an official of Quảng Ngãi: nothing of Quảng Ngãi is offered as a match.
        JsonNode locBinh = parse(seed("002_c37a6a71a5913027.txt"), "qn.snv");
        assertThat(matchedIds(locBinh)).isEmpty();
        assertThat(locBinh.get("tasks").size()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void refusesToSaveAnAgencyOfAnotherProvinceSlippedIntoThePreview() throws IOException {
        MvcTestResult preview = mvc.post().uri("/plans/import").param("text", fixture("huyen-ba-to-2023-pdf.txt"))
                .with(logins.as("qn.snv")).with(csrf()).exchange();
        var fields = Forms.fields(Html.body(preview), "form[action='/plans/import/confirm']");
        long langSon = jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = '20' and u.valid_to is null order by a.id limit 1""", Long.class);
        long before = jdbc.queryForObject("select count(*) from plan", Long.class);

        MvcTestResult saved = Forms.submit(mvc, "/plans/import/confirm", fields, logins.as("qn.snv"),
                f -> f.set("assignments[0].agencyId", Long.toString(langSon)));

        assertThat(saved.getResponse().getStatus()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from plan", Long.class)).isEqualTo(before);
    }

    @Test
    void anImportedPlanOnceIssuedAsksEachAssignedAgencyForItsReports() throws IOException {
        assertIssuingAsksEveryAssignedAgency(fixture("tinh-quang-ngai-2024-phan-cong.md"), "88");
    }

    @Test
    void aSeedImportedAndIssuedAsksEachAssignedAgencyForItsReports() throws IOException {
        assertIssuingAsksEveryAssignedAgency(seed("004_91c3c8c0567112e0.txt"), "89");
    }

    private void assertIssuingAsksEveryAssignedAgency(String text, String number) {
        MvcTestResult preview = mvc.post().uri("/plans/import").param("text", text).with(logins.as("qn.snv"))
                .with(csrf()).exchange();
        assertThat(preview).hasStatusOk();
        var fields = Forms.fields(Html.body(preview), "form[action='/plans/import/confirm']");
        MvcTestResult saved = Forms.submit(mvc, "/plans/import/confirm", fields, logins.as("qn.snv"), f -> {});
        assertThat(saved).hasStatus3xxRedirection();
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));

        PlanDetails plan = queries.detailsOf(id);
        Set<Long> leads = new HashSet<>();
        plan.tasks().forEach(t -> {
            if (t.lead() != null && t.lead().agencyId() != null) leads.add(t.lead().agencyId());
        });
        assertThat(leads).hasSizeGreaterThanOrEqualTo(5);
        assertThat(plan.reportingRequirements()).isNotEmpty();

        var drafter = logins.currentUser("qn.snv");
        planWorkflow.submit(drafter, id, plan.version());
        AgencyRef issuer = agencies.find(plan.issuer().agencyId()).orElseThrow();
        planWorkflow.issue(testPlans.actor(issuer, Role.LEADER), id, number, LocalDate.now(), null, null,
                "Người Ký Thử");

        List<Long> receivers = new ArrayList<>(plan.reportingRequirements().stream()
                .map(PlanDetails.Requirement::receiverAgencyId).filter(Objects::nonNull).toList());
        for (PlanDetails.Requirement requirement : plan.reportingRequirements()) {
            Set<Long> reporting = new HashSet<>(jdbc.queryForList("""
                    select reporter_agency_id from report where plan_id = ? and requirement_id = ?
                    and reporter_kind = 'AGENCY'""", Long.class, id, requirement.id()));
            Set<Long> expected = new HashSet<>(leads);
            // The agency that receives the reports covers its own tasks in the report it compiles.
            expected.removeAll(receivers);
            assertThat(reporting).as(requirement.kind() + " " + requirement.dueDate())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
