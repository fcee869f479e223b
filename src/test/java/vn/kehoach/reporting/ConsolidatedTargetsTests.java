package vn.kehoach.reporting;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.reporting.domain.EntryContent;
import vn.kehoach.reporting.domain.Figures;
import vn.kehoach.reporting.domain.ReportConsolidation;
import vn.kehoach.reporting.domain.ReportContent;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportReview;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.domain.ReportWriting;
import vn.kehoach.reporting.domain.TargetValueContent;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.TestClock;
import vn.kehoach.support.TestPlans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province's plan that links no strategy target to its tasks, above a ward whose own plan does: the ward reports
 * the target, and the province's report drafted from it carries the target summed, where the draft used to be refused
 * as naming a target the report did not have (found by bench/pages.sh on the national data). The gathered text is
 * stored as written, and folded on the page.
 */
@IntegrationTest
class ConsolidatedTargetsTests {

    static final String DAK_CAM = "23284";
    static final LocalDate ISSUED = LocalDate.of(2028, 7, 1);

    @Autowired
    TestPlans plans;
    @Autowired
    TestClock clock;
    @Autowired
    ReportWriting writing;
    @Autowired
    ReportReview review;
    @Autowired
    ReportConsolidation consolidation;
    @Autowired
    ReportQueries queries;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void targetsReportedBelowAreSummedIntoAReportWhoseTasksNameNone() {
        clock.set(ISSUED);
        long ministry = plans.issue("TW", ISSUED, "Bộ Nội vụ", "Bộ Nội vụ", 2028, "921", null,
                List.of(TestPlans.Task.of("Hướng dẫn, theo dõi công tác bình đẳng giới năm 2028", "Bộ Nội vụ")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2028, 8, 15), "Bộ Nội vụ",
                        Reporters.SUBORDINATE_UNITS)));
        long province = plans.issue("51", ISSUED, "Ủy ban nhân dân", "Sở Nội vụ", 2028, "922", ministry,
                List.of(TestPlans.Task.of("Tháng hành động vì bình đẳng giới năm 2028", "Sở Nội vụ")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2028, 7, 31), "Sở Nội vụ",
                        Reporters.SUBORDINATE_UNITS)));
        long ward = plans.issue(DAK_CAM, ISSUED, "Ủy ban nhân dân", "Phòng Văn hóa", 2028, "923", province,
                List.of(new TestPlans.Task("Truyền thông về bình đẳng giới ở tổ dân phố", "Phòng Văn hóa",
                        List.of(), List.of("1.1"))),
                List.of());
        assertThat(plans.details(province).tasks()).allSatisfy(t -> assertThat(t.targets()).isEmpty());

        // The ward answers its own plan: it reports the target its task names.
        UnitRef dakCam = plans.unit(DAK_CAM, ISSUED);
        CurrentUser wardWriter = plans.actor(plans.agency(dakCam, "Phòng Văn hóa", ISSUED), Role.DRAFTER);
        long wardReport = plans.unitReport(province, DAK_CAM);
        ReportView view = queries.view(wardWriter, wardReport);
        assertThat(view.subjectPlan().id()).isEqualTo(ward);
        ReportView.TaskPart task = view.tasks().get(0);
        writing.save(wardWriter, wardReport, view.version(), new ReportContent(
                List.of(new EntryContent(task.sectionId(), null, task.path(), task.title(), EntryState.DONE,
                        "Tổ chức 2 buổi truyền thông.", new Figures(2, 30, 45, 1, null))),
                List.of(new TargetValueContent("1.1", null, new BigDecimal("6"), new BigDecimal("20"), null, null,
                        "Thống kê của phường", null)),
                results(), "Không.", "Không.", "Tiếp tục.", null));
        writing.requestApproval(wardWriter, wardReport, queries.view(wardWriter, wardReport).version());
        AgencyRef committee = plans.agency(dakCam, "Ủy ban nhân dân", ISSUED);
        writing.approve(plans.actor(committee, Role.LEADER), wardReport, null, null, null, "Chủ tịch phường");
        UnitRef quangNgai = plans.unit("51", ISSUED);
        AgencyRef interior = plans.agency(quangNgai, "Sở Nội vụ", ISSUED);
        review.accept(plans.actor(interior, Role.REVIEWER), wardReport);

        // The province drafts its report to the ministry from it.
        CurrentUser drafter = plans.actor(interior, Role.DRAFTER, Role.REPORTER);
        long provinceReport = plans.unitReport(ministry, "51");
        assertThat(queries.view(drafter, provinceReport).targets()).isEmpty();
        int used = consolidation.consolidate(drafter, provinceReport,
                queries.view(drafter, provinceReport).version()).sources();

        assertThat(used).isEqualTo(1);
        ReportView drafted = queries.view(drafter, provinceReport);
        assertThat(drafted.targets()).extracting(ReportView.TargetPart::code).containsExactly("1.1");
        TargetValueContent rate = drafted.targets().get(0).value();
        assertThat(rate.numerator()).isEqualByComparingTo("6");
        assertThat(rate.denominator()).isEqualByComparingTo("20");
        assertThat(drafted.targets().get(0).target()).as("the catalogue's entry").isNotNull();
        // A long gathered text is stored as written, not compressed (V24): compressing them was a quarter of a
        // province's consolidation in the database.
        assertThat(drafted.results()).startsWith("- Phường Đăk Cấm:").hasSizeGreaterThan(6000);
        assertThat(jdbc.queryForObject("select coalesce(pg_column_compression(results), 'none') from report"
                + " where id = :id", new MapSqlParameterSource("id", provinceReport), String.class)).isEqualTo("none");
        // On the report's page its first lines show, the other 13 behind "Xem thêm"; none is lost.
        Document page = Html.parse(Html.body(mvc.get().uri("/reports/" + provinceReport).with(logins.as("qn.snv"))
                .exchange()));
        Element folded = page.selectFirst("#assessment-heading ~ div details.report-more");
        assertThat(folded).isNotNull();
        assertThat(folded.selectFirst("summary").text()).isEqualTo("Xem thêm 13 dòng");
        assertThat(folded.parent().text()).contains("Dòng 1:", "Dòng 20:");
    }

    /** Twenty lines of the ward's results, 6,000 characters and more. */
    private static String results() {
        return IntStream.rangeClosed(1, 20).mapToObj(i -> "Dòng " + i + ": "
                + "Hoàn thành kế hoạch truyền thông tại các tổ dân phố. ".repeat(6).strip())
                .collect(Collectors.joining("\n"));
    }
}
