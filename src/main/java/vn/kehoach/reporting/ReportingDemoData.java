package vn.kehoach.reporting;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.domain.EntryContent;
import vn.kehoach.reporting.domain.Report;
import vn.kehoach.reporting.domain.ReportConsolidation;
import vn.kehoach.reporting.domain.ReportContent;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportRepository;
import vn.kehoach.reporting.domain.ReportReview;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.domain.ReportWriting;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 2025 reporting cycle of the demo plans, written by the team: the six-month reports of tỉnh Quảng Ngãi's
 * departments and communes in every state a reviewer meets (accepted on time and late, waiting for review, returned,
 * returned and sent again, drafted, not begun, waiting for the commune leader), phường Đăk Cấm's report consolidated
 * from its agencies', and the province's report consolidated for the ministry. The annual cycle is mostly done.
 * Everything goes through the same services as the pages; only the dates are then set to when it happened in 2025.
 */
@Component
@Profile("demo & !prod")
@Order(40)
class ReportingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportingDemoData.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReportWriting writing;
    private final ReportReview review;
    private final ReportConsolidation consolidation;
    private final ReportQueries queries;
    private final ReportRepository reports;
    private final Units units;
    private final Agencies agencies;
    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entities;

    ReportingDemoData(ReportWriting writing, ReportReview review, ReportConsolidation consolidation,
                      ReportQueries queries, ReportRepository reports, Units units, Agencies agencies,
                      NamedParameterJdbcTemplate jdbc, EntityManager entities) {
        this.entities = entities;
        this.writing = writing;
        this.review = review;
        this.consolidation = consolidation;
        this.queries = queries;
        this.reports = reports;
        this.units = units;
        this.agencies = agencies;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (count("select count(*) from report where status <> 'NOT_STARTED'") > 0) return;
        Long ministry = plan("739", "BNV-CTTN&BĐG");
        Long province = plan("35", "KH-UBND");
        Long dakCam = plan("08", "KH-UBND");
        if (ministry == null || province == null || dakCam == null) return;

        sixMonthOfDakCam(dakCam, province);
        sixMonthOfProvince(province);
        // The province reports to the ministry from what it accepted; the ministry has not reviewed it yet.
        consolidatedAndApproved(unit(ministry, ReportKind.SIX_MONTH, "51"), at(2025, 8, 12, 10));
        annualCycle(ministry, province, dakCam);
        planHistoryNotices();
        log.info("Demo reports written: 2025 six-month reports in every state, the annual cycle mostly accepted");
    }

    // --- the 2025 cycle --------------------------------------------------------------------------------------------

    /** Phường Đăk Cấm's agencies report to its Phòng Văn hóa - Xã hội, which consolidates for the province. */
    private void sixMonthOfDakCam(long dakCam, long province) {
        for (Report r : of(dakCam, ReportKind.SIX_MONTH)) {
            accepted(r, at(2025, 7, 24, 9), at(2025, 7, 25, 15));
        }
        Report dakCamUnit = unit(province, ReportKind.SIX_MONTH, "23284");
        consolidatedAndApproved(dakCamUnit, at(2025, 7, 29, 10));
        accept(dakCamUnit, at(2025, 8, 1, 8));
    }

    /** The province's departments and communes: one in each state a reviewer meets. */
    private void sixMonthOfProvince(long province) {
        for (Report r : of(province, ReportKind.SIX_MONTH)) {
            String name = reporterName(r);
            switch (prefix(name)) {
                case "Sở Y tế" -> accepted(r, at(2025, 7, 28, 16), at(2025, 8, 1, 9));
                case "Sở Giáo dục" -> accepted(r, at(2025, 8, 4, 10), at(2025, 8, 6, 14));
                case "Sở Nông nghiệp" -> accepted(r, at(2025, 7, 30, 11), at(2025, 8, 2, 8));
                case "Ngân hàng" -> accepted(r, at(2025, 7, 29, 14), at(2025, 8, 2, 9));
                case "Sở Văn hóa" -> submitted(r, at(2025, 7, 30, 15));
                case "Công an" -> {
                    submitted(r, at(2025, 7, 31, 10));
                    returned(r, at(2025, 8, 3, 9), "Bổ sung số liệu về các vụ bạo lực gia đình được phát hiện, xử lý"
                            + " trong kỳ và số nạn nhân được hỗ trợ.");
                }
                case "Sở Tư pháp" -> {
                    submitted(r, at(2025, 7, 29, 9));
                    returned(r, at(2025, 8, 1, 10), "Nêu cụ thể số văn bản quy phạm pháp luật đã được rà soát, lồng"
                            + " ghép vấn đề bình đẳng giới.");
                    revisedAndResubmitted(r, at(2025, 8, 5, 16));
                }
                case "Sở Tài chính" -> drafted(r);
                case "Xã Ba Vì" -> {
                    drafted(r);
                    approved(r, at(2025, 8, 4, 15));
                }
                case "Xã Ba Tơ" -> {
                    drafted(r);
                    writing.requestApproval(owner(r), r.getId(), version(r));
                }
                case "Phường Cẩm Thành" -> drafted(r);
                default -> { /* not begun: missing at the deadline (Sở Dân tộc và Tôn giáo, xã Ba Tô) */ }
            }
        }
    }

    /** The annual cycle is over: nearly everyone reported and was accepted. */
    private void annualCycle(long ministry, long province, long dakCam) {
        for (Report r : of(dakCam, ReportKind.ANNUAL)) accepted(r, at(2025, 12, 12, 9), at(2025, 12, 13, 10));
        for (Report r : of(province, ReportKind.ANNUAL)) {
            String name = reporterName(r);
            if (prefix(name).equals("Xã Ba Tô")) continue;
            if (r.getReporterKind() == ReporterKind.UNIT) {
                if (prefix(name).equals("Phường Đăk Cấm")) consolidatedAndApproved(r, at(2025, 12, 16, 9));
                else {
                    drafted(r);
                    approved(r, at(2025, 12, 17, 10));
                }
                accept(r, at(2025, 12, 19, 9));
            } else {
                accepted(r, at(2025, 12, 15, 10), at(2025, 12, 18, 9));
            }
        }
        Report provinceAnnual = unit(ministry, ReportKind.ANNUAL, "51");
        consolidatedAndApproved(provinceAnnual, at(2025, 12, 23, 10));
        accept(provinceAnnual, at(2025, 12, 29, 9));
    }

    // --- steps -----------------------------------------------------------------------------------------------------

    private void drafted(Report r) {
        ReportView view = queries.view(owner(r), r.getId());
        writing.save(owner(r), r.getId(), view.version(), DemoReportContent.of(view, false));
    }

    private void submitted(Report r, LocalDateTime at) {
        drafted(r);
        writing.submit(owner(r), r.getId(), version(r), null);
        stamp(r.getId(), "SUBMIT", 1, at);
    }

    private void accepted(Report r, LocalDateTime sentAt, LocalDateTime acceptedAt) {
        if (r.getReporterKind() == ReporterKind.UNIT) {
            drafted(r);
            approved(r, sentAt);
        } else {
            submitted(r, sentAt);
        }
        accept(r, acceptedAt);
    }

    private void approved(Report r, LocalDateTime at) {
        writing.requestApproval(owner(r), r.getId(), version(r));
        writing.approve(leader(r), r.getId(), null, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", null);
        stamp(r.getId(), "REQUEST_APPROVAL", 0, at.minusHours(20));
        stamp(r.getId(), "SUBMIT", reports.findById(r.getId()).orElseThrow().getRound(), at);
    }

    private void consolidatedAndApproved(Report r, LocalDateTime at) {
        CurrentUser owner = owner(r);
        consolidation.consolidate(owner, r.getId(), version(r));
        ReportView view = queries.view(owner, r.getId());
        ReportContent drafted = DemoReportContent.of(view, true);
        writing.save(owner, r.getId(), view.version(), drafted);
        approved(r, at);
        stamp(r.getId(), "CONSOLIDATE", 0, at.minusDays(1));
    }

    private void accept(Report r, LocalDateTime at) {
        review.accept(reviewer(r), r.getId());
        stamp(r.getId(), "ACCEPT", 0, at);
    }

    private void returned(Report r, LocalDateTime at, String reason) {
        ReportView view = queries.view(owner(r), r.getId());
        String part = view.tasks().isEmpty() ? "results" : "entry:" + view.tasks().get(0).sectionId();
        review.returnForRevision(reviewer(r), r.getId(), "Báo cáo chưa đủ số liệu theo yêu cầu.", Map.of(part, reason));
        stamp(r.getId(), "RETURN", 0, at);
    }

    private void revisedAndResubmitted(Report r, LocalDateTime at) {
        CurrentUser owner = owner(r);
        ReportView view = queries.view(owner, r.getId());
        ReportContent before = DemoReportContent.of(view, false);
        List<EntryContent> entries = new ArrayList<>();
        for (EntryContent e : before.entries()) {
            entries.add(new EntryContent(e.sectionId(), e.implementsSectionId(), e.taskPath(), e.taskTitle(), e.state(),
                    e.narrative() + " Đã rà soát 14 dự thảo văn bản quy phạm pháp luật của tỉnh, trong đó 5 văn bản có"
                            + " nội dung liên quan đến bình đẳng giới đã được lồng ghép.",
                    e.figures()));
        }
        writing.save(owner, r.getId(), view.version(), new ReportContent(entries, before.targets(), before.results(),
                before.shortcomings(), before.causes(), before.directions(), before.proposals()));
        writing.submit(owner, r.getId(), version(r), null);
        stamp(r.getId(), "SUBMIT", 2, at);
    }

    // --- people ----------------------------------------------------------------------------------------------------

    /** Someone of the report's own agency who writes it. */
    private CurrentUser owner(Report r) {
        return actor(r.getOwnerAgencyId(), Set.of(Role.DRAFTER, Role.REPORTER));
    }

    private CurrentUser reviewer(Report r) {
        return actor(r.getReceiverAgencyId(), Set.of(Role.REVIEWER));
    }

    /** The leader of the reporting unit's People's Committee. */
    private CurrentUser leader(Report r) {
        LocalDateTime due = r.getDueDate().atStartOfDay();
        AgencyRef committee = agencies.activeOf(r.getReporterUnitId(), due.toLocalDate()).stream()
                .filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE).findFirst().orElseThrow();
        return actor(committee.id(), Set.of(Role.LEADER));
    }

    private CurrentUser actor(long agencyId, Set<Role> roles) {
        AgencyRef agency = agencies.find(agencyId).orElseThrow();
        UnitRef unit = units.get(agency.unitId());
        return new CurrentUser(0, "demo", "Dữ liệu mẫu", roles, agency.id(), agency.name(), unit.id(), unit.code(),
                unit.fullName(), unit.path(), unit.level().name(), units.scopePaths(unit.id()));
    }

    // --- lookups and dates -----------------------------------------------------------------------------------------

    private Long plan(String number, String symbol) {
        return jdbc.query("select id from plan where number = :number and symbol = :symbol and year = 2025"
                + " and status = 'ISSUED'", new MapSqlParameterSource("number", number).addValue("symbol", symbol),
                (rs, n) -> rs.getLong(1)).stream().findFirst().orElse(null);
    }

    private List<Report> of(long planId, ReportKind kind) {
        return reports.findByPlanIdOrderById(planId).stream().filter(r -> r.getKind() == kind).toList();
    }

    private Report unit(long planId, ReportKind kind, String unitCode) {
        return of(planId, kind).stream().filter(r -> r.getReporterKind() == ReporterKind.UNIT)
                .filter(r -> units.get(r.getReporterUnitId()).code().equals(unitCode)).findFirst().orElseThrow();
    }

    private String reporterName(Report r) {
        if (r.getReporterAgencyId() != null) return agencies.find(r.getReporterAgencyId()).orElseThrow().name();
        return units.get(r.getReporterUnitId()).fullName();
    }

    private static String prefix(String name) {
        for (String p : List.of("Sở Y tế", "Sở Giáo dục", "Sở Nông nghiệp", "Ngân hàng", "Sở Văn hóa", "Công an",
                "Sở Tư pháp", "Sở Tài chính", "Xã Ba Vì", "Xã Ba Tơ", "Xã Ba Tô", "Phường Cẩm Thành",
                "Phường Đăk Cấm")) {
            if (name.startsWith(p)) return p;
        }
        return name;
    }

    private long version(Report r) {
        return reports.findById(r.getId()).orElseThrow().getVersion();
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    /**
     * Dates the step as it happened in 2025 (the services stamp "now"): the event, and for a sending the report's
     * own dates and the round; {@code round} 0 means every event of that action.
     */
    private void stamp(long reportId, String action, int round, LocalDateTime at) {
        // The services' changes reach the database first, and are not written over afterwards.
        entities.flush();
        entities.clear();
        Timestamp ts = Timestamp.from(at.atZone(VIETNAM).toInstant());
        MapSqlParameterSource p = new MapSqlParameterSource("id", reportId).addValue("action", action)
                .addValue("round", round).addValue("at", ts);
        jdbc.update("update report_event set at = :at where report_id = :id and action = :action"
                + " and (:round = 0 or round = :round)", p);
        switch (action) {
            case "SUBMIT" -> {
                jdbc.update("update report_round set submitted_at = :at where report_id = :id and round = :round", p);
                jdbc.update("update report set last_submitted_at = :at, updated_at = :at,"
                        + " first_submitted_at = case when round = 1 or :round = 1 then :at else first_submitted_at end"
                        + " where id = :id", p);
            }
            case "ACCEPT" -> jdbc.update("update report set accepted_at = :at, updated_at = :at where id = :id", p);
            case "RETURN" -> {
                // The reviewer's comments were written with the return.
                jdbc.update("update report_comment set at = :at where report_id = :id", p);
                jdbc.update("update report set updated_at = :at where id = :id", p);
            }
            default -> jdbc.update("update report set updated_at = :at where id = :id", p);
        }
        jdbc.update("update report_event set at = least(at, :at) where report_id = :id"
                + " and action in ('CREATE', 'START', 'MOVE')",
                p);
        // Only the report's own notifications: a plan with the same id keeps the time of its own events.
        jdbc.update("update notification set created_at = :at where link in ('/reports/' || :id, '/reviews/' || :id)"
                + " and created_at > :at", p);
    }

    /**
     * The demo plans went through their workflow when the demo was seeded, and each step told someone. What no longer
     * calls for action (a plan since issued, a plan the unit has since implemented) is dropped; what is left of an
     * issue or an amendment is dated on the day of issue.
     */
    private void planHistoryNotices() {
        jdbc.update("""
                delete from notification n using plan p
                where n.link = '/plans/' || p.id
                  and (n.kind = 'PLAN_SUBMITTED' and p.status <> 'SUBMITTED'
                       or n.kind = 'PLAN_RETURNED' and p.status <> 'RETURNED'
                       or n.kind = 'PLAN_TO_IMPLEMENT' and (p.status <> 'ISSUED' or exists (
                           select 1 from app_user u join agency a on a.id = u.agency_id
                           join plan c on c.issuer_unit_id = a.unit_id and c.parent_plan_id = p.id
                           where u.id = n.user_id)))""", new MapSqlParameterSource());
        jdbc.update("""
                update notification n set created_at = (p.issued_on + time '08:00') at time zone 'Asia/Ho_Chi_Minh'
                from plan p
                where n.link = '/plans/' || p.id and n.kind in ('PLAN_ISSUED', 'PLAN_TO_IMPLEMENT')
                  and p.issued_on is not null""", new MapSqlParameterSource());
        jdbc.update("""
                update notification n set created_at = (a.issued_on + time '08:00') at time zone 'Asia/Ho_Chi_Minh'
                from plan_parent_change f join plan a on a.id = f.amendment_id
                where n.link = '/plans/' || f.plan_id and n.kind = 'PLAN_PARENT_AMENDED'""",
                new MapSqlParameterSource());
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, new MapSqlParameterSource(), Long.class);
        return n == null ? 0 : n;
    }
}
