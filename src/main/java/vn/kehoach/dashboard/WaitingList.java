package vn.kehoach.dashboard;

import vn.kehoach.plan.PlanWaiting;
import vn.kehoach.reporting.ReportRow;
import vn.kehoach.reporting.Reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Việc cần xử lý": everything that waits for the user today in one list — plans to sign, revise, implement or
 * adapt, reports to approve, review, revise or write — most urgent first. An item is as urgent as its deadline; one
 * without a deadline of the user's own (a report to review, a plan to sign that sets none) as the day it reached
 * them, so that what has waited longest comes before what is due later.
 *
 * @param more the kinds whose full list is longer than what is shown, with the way to it (a leader's reports to
 *             approve are never that many)
 */
public record WaitingList(List<Item> items, long total, List<More> more) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The kinds in the order they are listed when equally urgent: decisions before writing. */
    public enum Kind {
        PLAN_TO_APPROVE, REPORT_TO_APPROVE, REPORT_TO_REVIEW, PLAN_RETURNED, REPORT_RETURNED, PLAN_PARENT_AMENDED, PLAN_TO_IMPLEMENT, REPORT_OVERDUE, REPORT_TO_WRITE
    }

    /**
     * One thing to do, with where to do it; either a plan or a report.
     *
     * @param due   the user's deadline, or null when they have none
     * @param since the day it reached the user, when known
     */
    public record Item(Kind kind, String link, PlanWaiting plan, ReportRow report, LocalDate due, LocalDate since,
                       LocalDate today) {

        public boolean overdue() {
            return due != null && due.isBefore(today);
        }

        /** Days left until the deadline (negative when overdue). */
        public long daysLeft() {
            return due == null ? 0 : ChronoUnit.DAYS.between(today, due);
        }

        LocalDate urgency() {
            return due != null ? due : since != null ? since : today;
        }
    }

    /** "Xem tất cả 14 báo cáo chờ tiếp nhận": a list cut short on the start page. */
    public record More(Kind kind, long total, String link) {
    }

    static WaitingList of(Reports.Dashboard work, List<PlanWaiting> plans, LocalDate today) {
        List<Item> items = new ArrayList<>();
        for (PlanWaiting p : plans) {
            switch (p.kind()) {
                case TO_APPROVE -> items.add(plan(Kind.PLAN_TO_APPROVE, "/plans/" + p.planId(), p, today));
                case RETURNED -> items.add(plan(Kind.PLAN_RETURNED, "/plans/" + p.planId() + "/edit", p, today));
                case TO_IMPLEMENT -> items.add(plan(Kind.PLAN_TO_IMPLEMENT, "/plans/" + p.planId(), p, today));
                case PARENT_AMENDED -> items.add(plan(Kind.PLAN_PARENT_AMENDED,
                        "/plans/" + p.planId() + "#parent-change", p, today));
            }
        }
        for (ReportRow r : work.toApprove().rows()) {
            items.add(new Item(Kind.REPORT_TO_APPROVE, "/reports/" + r.id(), null, r, r.dueDate(), null, today));
        }
        for (ReportRow r : work.toReview().rows()) {
            items.add(new Item(Kind.REPORT_TO_REVIEW, "/reviews/" + r.id(), null, r, null, day(r.lastSubmittedAt()),
                    today));
        }
        // A returned report was sent by its due date or not; what counts now is sending it again soon, so a passed
        // due date is not shown as a deadline missed.
        for (ReportRow r : work.returned().rows()) {
            items.add(new Item(Kind.REPORT_RETURNED, "/reports/" + r.id() + "/edit", null, r,
                    r.dueDate().isBefore(today) ? null : r.dueDate(), day(r.lastSubmittedAt()), today));
        }
        for (ReportRow r : work.overdue().rows()) {
            items.add(new Item(Kind.REPORT_OVERDUE, "/reports/" + r.id() + "/edit", null, r, r.dueDate(), null, today));
        }
        for (ReportRow r : work.dueSoon().rows()) {
            items.add(new Item(Kind.REPORT_TO_WRITE, "/reports/" + r.id() + "/edit", null, r, r.dueDate(), null,
                    today));
        }
        items.sort(Comparator.comparing(Item::urgency).thenComparing(Item::kind));

        List<More> more = new ArrayList<>();
        more(more, Kind.REPORT_TO_REVIEW, work.toReview(), "/reviews?status=SUBMITTED");
        more(more, Kind.REPORT_RETURNED, work.returned(), "/reports?status=RETURNED");
        more(more, Kind.REPORT_OVERDUE, work.overdue(), "/reports");
        more(more, Kind.REPORT_TO_WRITE, work.dueSoon(), "/reports");
        long total = plans.size() + work.toApprove().total() + work.toReview().total() + work.returned().total()
                + work.overdue().total() + work.dueSoon().total();
        return new WaitingList(List.copyOf(items), total, List.copyOf(more));
    }

    public boolean isEmpty() { return items.isEmpty(); }

    private static Item plan(Kind kind, String link, PlanWaiting p, LocalDate today) {
        return new Item(kind, link, p, null, p.dueDate(), p.since(), today);
    }

    private static void more(List<More> more, Kind kind, Reports.Part part, String link) {
        if (part.total() > part.rows().size()) more.add(new More(kind, part.total(), link));
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(VIETNAM).toLocalDate();
    }
}
