package vn.kehoach.reporting;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.reporting.domain.EntryContent;
import vn.kehoach.reporting.domain.Figures;
import vn.kehoach.reporting.domain.ReportContent;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.domain.ReportWriting;
import vn.kehoach.reporting.domain.TargetValueContent;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.support.Api;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.SqlStatementCounter;
import vn.kehoach.support.TestClock;
import vn.kehoach.support.TestPlans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The whole loop of a reporting period, through the pages where a demo account exists: the communes of Quảng Ngãi
 * report on the province's plan, one report is returned and sent again, the province accepts them, consolidates them
 * into its own report with the summed figures and the units that did not report, its leader approves it, and the
 * ministry accepts it. {@code /api/reporting/status} gives the matching counts at each step.
 */
@IntegrationTest
class ReportingLoopTests {

    static final String DAK_CAM = "23284";
    static final String BA_TO = "21484";
    static final String BA_VI = "21529";
    static final LocalDate DUE = LocalDate.of(2027, 7, 31);
    static final LocalDate MINISTRY_DUE = LocalDate.of(2027, 8, 15);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestPlans plans;
    @Autowired
    TestClock clock;
    @Autowired
    ReportWriting writing;
    @Autowired
    ReportQueries queries;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    SqlStatementCounter statements;

    /**
     * Saving what was typed and the draft from the reports below, in one post of a signed-in user: every statement,
     * a batch of rows counting once. The report is read once, the reports below in one statement, and the report
     * with its entries, targets and sources written once (PageQueryCountTests' bound for a page).
     */
    private static final int CONSOLIDATION_STATEMENTS = 15;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void communesReportTheProvinceConsolidatesAndTheMinistryAccepts() {
        Api api = new Api(mvc, json);
        LocalDate issued = LocalDate.of(2027, 7, 1);
        clock.set(issued);
        long ministry = plans.issue("TW", issued, "Bộ Nội vụ", "Bộ Nội vụ", 2027, "901", null,
                List.of(TestPlans.Task.of("Hướng dẫn, theo dõi công tác bình đẳng giới năm 2027", "Bộ Nội vụ")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, MINISTRY_DUE, "Bộ Nội vụ",
                        Reporters.SUBORDINATE_UNITS)));
        long province = plans.issue("51", issued, "Ủy ban nhân dân", "Sở Nội vụ", 2027, "902", ministry,
                List.of(new TestPlans.Task("Truyền thông về bình đẳng giới ở cơ sở", "Sở Y tế", List.of(),
                        List.of("1.1")),
                        TestPlans.Task.of("Tháng hành động vì bình đẳng giới năm 2027", "Sở Nội vụ")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, DUE, "Sở Nội vụ",
                        Reporters.SUBORDINATE_UNITS)));
        long communication = plans.taskId(province, "Truyền thông về bình đẳng giới ở cơ sở");

        // Every commune with a focal agency owes the report; nothing is sent yet.
        JsonNode status = requirement(api, province);
        assertThat(status.get("kind").asString()).isEqualTo("SIX_MONTH");
        assertThat(status.get("dueDate").asString()).isEqualTo("2027-07-31");
        assertThat(unitCodes(status)).contains(DAK_CAM, BA_TO, BA_VI, "21523", "21025");
        int expected = status.get("expected").asInt();
        assertThat(expected).isEqualTo(status.get("entries").size());
        assertCounts(status, 0, 0, 0, 0, 0);

        // Phường Đăk Cấm drafts on the form, its chairman approves: sent on time.
        long dakCam = plans.unitReport(province, DAK_CAM);
        clock.set(LocalDateTime.of(2027, 7, 25, 9, 0));
        fillAndAskApproval("dakcam.vhxh", dakCam, communication, "3", "40", "60", "2", "5.000.000", "2", "8");
        approve("dakcam.lanhdao", dakCam);
        // Xã Ba Tơ likewise.
        long baTo = plans.unitReport(province, BA_TO);
        clock.set(LocalDateTime.of(2027, 7, 28, 9, 0));
        fillAndAskApproval("bato.vhxh", baTo, communication, "1", "10", "10", "1", "800000", "3", "10");
        approve("bato.lanhdao", baTo);
        assertCounts(requirement(api, province), 2, 0, 0, 0, 0);

        // Sở Nội vụ accepts Đăk Cấm's and returns Ba Tơ's, with a comment on the task to fix.
        clock.set(LocalDateTime.of(2027, 7, 29, 10, 0));
        assertThat(post("/reviews/" + dakCam + "/accept", "qn.snv", Map.of())).isEqualTo(302);
        // The province drafts its report from the one accepted so far: the statements are counted, to compare with
        // the consolidation from three below (a fixed number, whatever the reports below).
        // Counted the second time, when the report is a draft with entries, as it is when consolidated again later.
        long provinceReport = plans.unitReport(ministry, "51");
        MultiValueMap<String, String> early = editForm("qn.snv", provinceReport);
        early.set("action", "consolidate");
        assertThat(post("/reports/" + provinceReport + "/edit", "qn.snv", early)).isEqualTo(302);
        MultiValueMap<String, String> again = editForm("qn.snv", provinceReport);
        again.set("action", "consolidate");
        RequestPostProcessor snvSession = logins.as("qn.snv");
        List<String> fromOne = statements.statementsDuring(
                () -> assertThat(post("/reports/" + provinceReport + "/edit", snvSession, again)).isEqualTo(302));
        assertThat(post("/reviews/" + baTo + "/return", "qn.snv", Map.of("reason", "Số liệu chưa đầy đủ.",
                "comments[entry:" + communication + "]", "Ghi rõ số buổi truyền thông ở các thôn."))).isEqualTo(302);
        assertCounts(requirement(api, province), 2, 1, 1, 0, 0);

        // Ba Tơ sees the comment beside the task, corrects and sends again; the reviewer sees what changed.
        clock.set(LocalDateTime.of(2027, 8, 2, 9, 0));
        String editPage = Html
                .body(mvc.get().uri("/reports/" + baTo + "/edit").with(logins.as("bato.vhxh")).exchange());
        assertThat(editPage).contains("Ghi rõ số buổi truyền thông ở các thôn.", "Số liệu chưa đầy đủ.");
        fillAndAskApproval("bato.vhxh", baTo, communication, "2", "10", "20", "1", "1.000.000", "3", "10");
        approve("bato.lanhdao", baTo);
        String review = Html.body(mvc.get().uri("/reviews/" + baTo).with(logins.as("qn.snv")).exchange());
        assertThat(Html.parse(review).select(".report-diff ins").text()).contains("1.000.000");
        assertThat(Html.parse(review).select(".report-diff del").text()).contains("800.000");
        // Past the due date, the three communes that have sent nothing are missing.
        assertCounts(requirement(api, province), 2, 1, 0, 0, expected - 2);

        // Xã Ba Vì (no demo account: through the services) sends late; two communes never send.
        clock.set(LocalDateTime.of(2027, 8, 5, 9, 0));
        long baVi = plans.unitReport(province, BA_VI);
        sendAsUnit(baVi, communication, new Figures(1, 5, 5, 0, new BigDecimal("500000")), "1", "2");
        JsonNode late = requirement(api, province);
        assertCounts(late, 3, 1, 0, 1, expected - 3);
        JsonNode baViEntry = entry(late, BA_VI);
        assertThat(baViEntry.get("onTime").asBoolean()).isFalse();
        assertThat(baViEntry.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(entry(late, DAK_CAM).get("onTime").asBoolean()).isTrue();
        assertThat(entry(late, "21523").get("submittedAt").isNull()).isTrue();

        // All that were sent are accepted.
        clock.set(LocalDateTime.of(2027, 8, 6, 9, 0));
        assertThat(post("/reviews/" + baTo + "/accept", "qn.snv", Map.of())).isEqualTo(302);
        assertThat(post("/reviews/" + baVi + "/accept", "qn.snv", Map.of())).isEqualTo(302);
        assertCounts(requirement(api, province), 3, 3, 0, 1, expected - 3);

        // The province's report to the ministry is drafted from them: summed figures, sources, missing units.
        clock.set(LocalDateTime.of(2027, 8, 7, 9, 0));
        MvcTestResult consolidating = mvc.get().uri("/reports/" + provinceReport + "/edit").with(logins.as("qn.snv"))
                .exchange();
        // Enter in a field presses the form's first button: saving, never the consolidation offered above the tasks.
        Element firstButton = Html.parse(Html.body(consolidating)).selectFirst("form.report-form button[type=submit]");
        assertThat(firstButton.attr("name") + "=" + firstButton.attr("value")).isEqualTo("action=save");
        MultiValueMap<String, String> form = editForm("qn.snv", provinceReport);
        form.set("action", "consolidate");
        MultiValueMap<String, String> consolidate = form;
        List<String> fromThree = statements.statementsDuring(
                () -> assertThat(post("/reports/" + provinceReport + "/edit", snvSession, consolidate))
                        .isEqualTo(302));
        assertThat(fromThree)
                .as("consolidating from three reports below:%n%s%nfrom one:%n%s", String.join("\n", fromThree),
                        String.join("\n", fromOne))
                .hasSameSizeAs(fromOne).hasSizeLessThanOrEqualTo(CONSOLIDATION_STATEMENTS);
        CurrentUser snv = logins.currentUser("qn.snv");
        ReportView drafted = queries.view(snv, provinceReport);
        EntryContent summed = drafted.entriesBySection().get(communication);
        assertThat(summed.figures()).isEqualTo(new Figures(6, 55, 85, 3, new BigDecimal("6500000")));
        assertThat(summed.narrative()).contains("Phường Đăk Cấm:", "Xã Ba Tơ:", "Xã Ba Vì:");
        TargetValueContent rate = drafted.targets().stream().filter(t -> t.code().equals("1.1")).findFirst()
                .orElseThrow().value();
        assertThat(rate.numerator()).isEqualByComparingTo("6");
        assertThat(rate.denominator()).isEqualByComparingTo("20");
        ReportQueries.Sources sources = queries.sources(drafted);
        assertThat(sources.used()).hasSize(3);
        assertThat(sources.notAccepted()).extracting(ReportRow::unitCode).contains("21523", "21025")
                .doesNotContain(DAK_CAM, BA_TO, BA_VI);
        assertThat(sources.late()).extracting(ReportRow::unitCode).containsExactly(BA_VI);
        String page = Html.body(mvc.get().uri("/reports/" + provinceReport).with(logins.as("qn.snv")).exchange());
        assertThat(Html.parse(page).select("#sources-heading").text()).isNotEmpty();
        assertThat(page).contains("Xã Ba Tô", "Phường Cẩm Thành");
        // Drafted twice in a row from the same one report below: one line of the history.
        assertThat(page).contains("2 lần liên tiếp, lần đầu");

        // Sở Nội vụ completes the assessment and asks the chairman, who approves: sent to the ministry.
        form = editForm("qn.snv", provinceReport);
        form.set("entries[1].state", "DONE");
        form.set("entries[1].narrative", "Tổ chức lễ phát động Tháng hành động cấp tỉnh.");
        form.set("results", "Hoàn thành các chỉ tiêu 6 tháng.");
        form.set("shortcomings", "Hai xã chưa gửi báo cáo.");
        form.set("causes", "Cán bộ mới sau sắp xếp.");
        form.set("directions", "Đôn đốc các xã báo cáo đúng hạn.");
        form.set("action", "requestApproval");
        assertThat(post("/reports/" + provinceReport + "/edit", "qn.snv", form)).isEqualTo(302);
        clock.set(LocalDateTime.of(2027, 8, 10, 9, 0));
        approve("qn.lanhdao", provinceReport);
        JsonNode atMinistry = requirement(api, ministry);
        assertThat(entry(atMinistry, "51").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(entry(atMinistry, "51").get("onTime").asBoolean()).isTrue();

        // The ministry accepts it; after the deadline the province that did not report is missing there.
        clock.set(LocalDateTime.of(2027, 8, 20, 9, 0));
        assertThat(post("/reviews/" + provinceReport + "/accept", "bnv.reviewer", Map.of())).isEqualTo(302);
        JsonNode done = requirement(api, ministry);
        assertThat(entry(done, "51").get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(done.get("accepted").asInt()).isEqualTo(1);
        assertThat(done.get("missing").asInt()).isEqualTo(done.get("expected").asInt() - 1);
        assertThat(unitCodes(done)).contains("20");
        // Locked: neither the drafter nor anyone else can change it any more.
        assertThat(mvc.get().uri("/reports/" + provinceReport + "/edit").with(logins.as("qn.snv")).exchange()
                .getResponse().getStatus()).isEqualTo(403);
    }

    // --- steps through the pages ------------------------------------------------------------------------------------

    /** The report form as the browser holds it, with the first task and the target filled. */
    private void fillAndAskApproval(String user, long reportId, long taskId, String activities, String male,
                                    String female, String products, String spent, String numerator,
                                    String denominator) {
        MultiValueMap<String, String> form = editForm(user, reportId);
        ReportView view = queries.view(logins.currentUser(user), reportId);
        for (int i = 0; i < view.tasks().size(); i++) {
            boolean main = view.tasks().get(i).sectionId() == taskId;
            form.set("entries[" + i + "].state", main ? "DONE" : "NOT_STARTED");
            if (main) {
                form.set("entries[" + i + "].narrative", "Tổ chức " + activities + " buổi truyền thông tại các thôn.");
                form.set("entries[" + i + "].activities", activities);
                form.set("entries[" + i + "].participantsMale", male);
                form.set("entries[" + i + "].participantsFemale", female);
                form.set("entries[" + i + "].products", products);
                form.set("entries[" + i + "].spent", spent);
            }
        }
        form.set("targets[0].numerator", numerator);
        form.set("targets[0].denominator", denominator);
        form.set("targets[0].source", "Thống kê của xã");
        form.set("results", "Hoàn thành các nhiệm vụ trọng tâm.");
        form.set("shortcomings", "Không.");
        form.set("causes", "Không.");
        form.set("directions", "Tiếp tục triển khai.");
        form.set("action", "requestApproval");
        assertThat(post("/reports/" + reportId + "/edit", user, form)).isEqualTo(302);
        assertThat(queries.view(logins.currentUser(user), reportId).status()).isEqualTo(ReportStatus.AWAITING_APPROVAL);
    }

    private void approve(String leader, long reportId) {
        assertThat(post("/reports/" + reportId + "/approve", leader, Map.of("number", "15",
                "signerAuthority", "TM. ỦY BAN NHÂN DÂN", "signerTitle", "CHỦ TỊCH", "signerName", "Người Ký")))
                .isEqualTo(302);
        assertThat(queries.view(logins.currentUser(leader), reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    /** A commune without a demo account: its focal agency writes, its chairman approves, through the services. */
    private void sendAsUnit(long reportId, long taskId, Figures figures, String numerator, String denominator) {
        long owner = jdbc.queryForObject("select owner_agency_id from report where id = :id",
                new MapSqlParameterSource("id", reportId), Long.class);
        long unit = jdbc.queryForObject("select reporter_unit_id from report where id = :id",
                new MapSqlParameterSource("id", reportId), Long.class);
        AgencyRef ownerAgency = plans.agency(plans.unit(BA_VI, DUE), "Phòng Văn hóa", DUE);
        assertThat(ownerAgency.id()).isEqualTo(owner);
        CurrentUser writer = plans.actor(ownerAgency, Role.DRAFTER);
        ReportView view = queries.view(writer, reportId);
        List<EntryContent> entries = new ArrayList<>();
        for (ReportView.TaskPart t : view.tasks()) {
            boolean main = t.sectionId() == taskId;
            entries.add(new EntryContent(t.sectionId(), null, t.path(), t.title(),
                    main ? EntryState.DONE : EntryState.NOT_STARTED, main ? "Tổ chức 1 buổi truyền thông." : null,
                    main ? figures : Figures.NONE));
        }
        writing.save(writer, reportId, view.version(), new ReportContent(entries, List.of(new TargetValueContent("1.1",
                null, new BigDecimal(numerator), new BigDecimal(denominator), null, null, "Thống kê", null)),
                "Hoàn thành.", "Không.", "Không.", "Tiếp tục.", null));
        writing.requestApproval(writer, reportId, queries.view(writer, reportId).version());
        AgencyRef committee = plans.agency(plans.unit(BA_VI, DUE), "Ủy ban nhân dân", DUE);
        assertThat(committee.unitId()).isEqualTo(unit);
        writing.approve(plans.actor(committee, Role.LEADER), reportId, null, null, null, "Chủ tịch xã");
    }

    private MultiValueMap<String, String> editForm(String user, long reportId) {
        MvcTestResult page = mvc.get().uri("/reports/" + reportId + "/edit").with(logins.as(user)).exchange();
        assertThat(page).hasStatusOk();
        return Forms.fields(Html.body(page), "form.report-form");
    }

    private int post(String uri, String user, Map<String, String> params) {
        var request = mvc.post().uri(uri).with(logins.as(user)).with(csrf());
        params.forEach(request::param);
        return request.exchange().getResponse().getStatus();
    }

    private int post(String uri, String user, MultiValueMap<String, String> params) {
        return post(uri, logins.as(user), params);
    }

    private int post(String uri, RequestPostProcessor as, MultiValueMap<String, String> params) {
        MvcTestResult result = mvc.post().uri(uri).params(params).with(as).with(csrf()).exchange();
        return result.getResponse().getStatus();
    }

    // --- the status API ---------------------------------------------------------------------------------------------

    /** The plan's only requirement, as the issuing unit's focal agency (or the ministry) reads it. */
    private JsonNode requirement(Api api, long planId) {
        String reader = jdbc
                .queryForObject("select u.code from plan p join administrative_unit u on u.id = p.issuer_unit_id"
                        + " where p.id = :id", new MapSqlParameterSource("id", planId), String.class)
                .equals("TW")
                        ? "bnv.reviewer"
                        : "qn.snv";
        JsonNode all = api.get("/api/reporting/status?plan=" + planId, logins.as(reader));
        assertThat(all.isArray()).isTrue();
        assertThat(all.size()).isEqualTo(1);
        JsonNode r = all.get(0);
        // The counts are those of the entries listed with them.
        int submitted = 0;
        int accepted = 0;
        int returned = 0;
        int late = 0;
        for (JsonNode e : r.get("entries")) {
            if (!e.get("submittedAt").isNull()) submitted++;
            if (e.get("status").asString().equals("ACCEPTED")) accepted++;
            if (e.get("status").asString().equals("RETURNED")) returned++;
            if (!e.get("onTime").isNull() && !e.get("onTime").asBoolean()) late++;
        }
        assertThat(r.get("expected").asInt()).isEqualTo(r.get("entries").size());
        assertThat(r.get("submitted").asInt()).isEqualTo(submitted);
        assertThat(r.get("accepted").asInt()).isEqualTo(accepted);
        assertThat(r.get("returned").asInt()).isEqualTo(returned);
        assertThat(r.get("late").asInt()).isEqualTo(late);
        return r;
    }

    private static void assertCounts(JsonNode r, int submitted, int accepted, int returned, int late, int missing) {
        assertThat(r.get("submitted").asInt()).as("submitted").isEqualTo(submitted);
        assertThat(r.get("accepted").asInt()).as("accepted").isEqualTo(accepted);
        assertThat(r.get("returned").asInt()).as("returned").isEqualTo(returned);
        assertThat(r.get("late").asInt()).as("late").isEqualTo(late);
        assertThat(r.get("missing").asInt()).as("missing").isEqualTo(missing);
    }

    private static List<String> unitCodes(JsonNode r) {
        List<String> codes = new ArrayList<>();
        r.get("entries").forEach(e -> codes.add(e.get("unitCode").asString()));
        return codes;
    }

    private static JsonNode entry(JsonNode r, String unitCode) {
        for (JsonNode e : r.get("entries")) {
            if (e.get("unitCode").asString().equals(unitCode)) return e;
        }
        throw new AssertionError("no entry for " + unitCode);
    }
}
