package vn.kehoach.reporting;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.TestPlans;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What the reviewer wrote stays where they wrote it: beside each part on the review page and on the report's page,
 * after the report was returned and once it comes back, and beside each change in the comparison of rounds. The
 * comparison page says plainly when there is nothing to compare yet.
 */
@IntegrationTest
class ReviewCommentsTests {

    static final String TASK = "Truyền thông về bình đẳng giới";
    static final String ON_TASK = "Nêu số vụ bạo lực gia đình được phát hiện và xử lý trong kỳ.";
    static final String ON_RESULTS = "Kết quả cần so sánh với cùng kỳ năm trước.";
    static final String ON_TARGETS = "Bổ sung nguồn số liệu của chỉ tiêu.";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    TestPlans plans;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void theReviewersCommentsStayBesideThePartsAndTheChanges() {
        LocalDate on = LocalDate.of(2030, 2, 1);
        long plan = plans.issue("51", on, "Ủy ban nhân dân", "Sở Nội vụ", 2030, "77", null,
                List.of(new TestPlans.Task(TASK, "Sở Y tế", List.of(), List.of("2.1"))),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2030, 7, 31), "Sở Nội vụ",
                        Reporters.ASSIGNED_AGENCIES)));
        long report = jdbc.queryForObject("""
                select r.id from report r join agency a on a.id = r.reporter_agency_id
                where r.plan_id = :plan and a.name like 'Sở Y tế%'""", new MapSqlParameterSource("plan", plan),
                Long.class);
        long section = plans.taskId(plan, TASK);

        // Never sent, then sent once: nothing to compare yet, said plainly.
        assertThat(rounds(report, "qn.syt")).contains("chưa được gửi lần nào");
        send(report, "Đã tổ chức 4 buổi truyền thông.");
        assertThat(rounds(report, "qn.snv")).contains("mới được gửi một lần");

        MvcTestResult returned = mvc.post().uri("/reviews/" + report + "/return")
                .param("reason", "Bổ sung số liệu.").param("comments[entry:" + section + "]", ON_TASK)
                .param("comments[results]", ON_RESULTS).param("comments[targets]", ON_TARGETS)
                .with(logins.as("qn.snv")).with(csrf()).exchange();
        assertThat(returned).hasStatus3xxRedirection();

        // Returned: the reviewer sees what they asked, beside each part, on the review page and the report's page.
        for (String page : List.of("/reviews/" + report, "/reports/" + report)) {
            Document html = page(page, "qn.snv");
            assertThat(html.select("#task-" + section + " .review-comment").text()).as(page).contains(ON_TASK);
            assertThat(html.select(".review-comment").text()).as(page).contains(ON_RESULTS, ON_TARGETS, "lần gửi 1");
        }
        // And the writer beside the fields they correct.
        assertThat(page("/reports/" + report + "/edit", "qn.syt").select("#task-" + section).text()).contains(ON_TASK);

        send(report, "Đã tổ chức 4 buổi truyền thông, phát hiện và xử lý 2 vụ bạo lực gia đình.");

        // Sent again: the comments are still beside their parts, and beside what changed in response.
        Document review = page("/reviews/" + report, "qn.snv");
        assertThat(review.select("#task-" + section + " .review-comment").text()).contains(ON_TASK);
        assertThat(review.select(".report-diff").text()).contains(ON_TASK, ON_RESULTS, ON_TARGETS);
        Document compared = Html.parse(rounds(report, "qn.snv"));
        var taskChange = compared.select(".report-diff > div").stream()
                .filter(d -> d.select("h3").text().contains(TASK)).findFirst().orElseThrow();
        assertThat(taskChange.select(".review-comment").text()).contains(ON_TASK);
        assertThat(taskChange.select("ins").text()).contains("phát hiện và xử lý 2 vụ");
        // A part commented on but left as it was is shown too, so that the reviewer sees it was not addressed.
        var results = compared.select(".report-diff > div").stream()
                .filter(d -> d.select("h3").text().contains("Kết quả đạt được")).findFirst().orElseThrow();
        assertThat(results.select(".review-comment").text()).contains(ON_RESULTS);
        assertThat(results.select(".badge").text()).isEqualTo("không đổi");
        assertThat(compared.select(".report-diff").text()).contains(ON_TARGETS);
        // The parts are named in the reader's language; a task keeps its own number and title.
        Document inEnglish = Html.parse(Html.body(mvc.get().uri("/reports/" + report + "/rounds?lang=en")
                .with(logins.as("qn.snv")).exchange()));
        assertThat(inEnglish.select(".report-diff h3 > span:first-child").eachText())
                .contains("Results achieved").noneMatch(label -> label.equals("Kết quả đạt được"))
                .anyMatch(label -> label.contains(TASK));
    }

    @Test
    void everyDemoReportsRoundsPageAnswers() {
        // Sent once and accepted, sent twice, returned: the pages a reviewer opens.
        List<Long> ids = jdbc.queryForList("select r.id from report r join plan p on p.id = r.plan_id"
                + " where p.created_by = 'demo' and r.first_submitted_at is not null"
                + " and r.receiver_agency_id = (select agency_id from app_user where username = 'qn.snv')",
                new MapSqlParameterSource(), Long.class);
        assertThat(ids).hasSizeGreaterThan(5);
        for (long id : ids) {
            MvcTestResult page = mvc.get().uri("/reports/" + id + "/rounds").with(logins.as("qn.snv")).exchange();
            assertThat(page.getResponse().getStatus()).as("rounds of " + id).isEqualTo(200);
        }
    }

    private void send(long report, String narrative) {
        MvcTestResult page = mvc.get().uri("/reports/" + report + "/edit").with(logins.as("qn.syt")).exchange();
        MultiValueMap<String, String> form = Forms.fields(Html.body(page), "form.report-form");
        form.set("entries[0].state", "DONE");
        form.set("entries[0].narrative", narrative);
        form.set("targets[0].note", "Chưa có số liệu thống kê");
        form.set("results", "Hoàn thành các nhiệm vụ được giao.");
        form.set("shortcomings", "Không.");
        form.set("causes", "Không.");
        form.set("directions", "Tiếp tục.");
        form.set("action", "submit");
        MvcTestResult sent = mvc.post().uri("/reports/" + report + "/edit").params(form).with(logins.as("qn.syt"))
                .with(csrf()).exchange();
        assertThat(sent.getResponse().getStatus()).as(Html.errors(Html.body(sent))).isEqualTo(302);
    }

    private String rounds(long report, String user) {
        MvcTestResult page = mvc.get().uri("/reports/" + report + "/rounds").with(logins.as(user)).exchange();
        assertThat(page).hasStatusOk();
        return Html.body(page);
    }

    private Document page(String uri, String user) {
        MvcTestResult page = mvc.get().uri(uri).with(logins.as(user)).exchange();
        assertThat(page).hasStatusOk();
        return Html.parse(Html.body(page));
    }
}
