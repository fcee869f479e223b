package vn.kehoach.reporting;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.reporting.domain.Notifications;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportRows;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;

import java.time.LocalDate;
import java.util.List;

/** Reporting for other modules: what the dashboard shows a user. */
@Component
public class Reports {

    /** Longest list of each kind on the dashboard; the full lists are a click away. */
    static final int LIMIT = 10;

    /**
     * What waits for the user, each list most urgent first and cut at {@link #LIMIT} with its full count.
     *
     * @param dueSoon      reports my agency owes within the next days, not yet sent
     * @param overdue      reports my agency owes past their due date
     * @param returned     reports returned to my agency for revision
     * @param toReview     reports sent to my agency, waiting for review (reviewers)
     * @param toApprove    my unit's reports waiting for my approval (leaders)
     * @param overdueBelow reports owed to my agency past their due date: the units below that are late (reviewers)
     */
    public record Dashboard(Part dueSoon, Part overdue, Part returned, Part toReview, Part toApprove,
                            Part overdueBelow, List<Notice> notices, long unreadNotices, int dueSoonDays) {
    }

    public record Part(List<ReportRow> rows, long total) {

        static final Part EMPTY = new Part(List.of(), 0);

        public boolean isEmpty() { return total == 0; }
    }

    private final ReportRows rows;
    private final ReportQueries queries;
    private final Notifications notifications;
    private final ReportingProperties properties;

    Reports(ReportRows rows, ReportQueries queries, Notifications notifications, ReportingProperties properties) {
        this.rows = rows;
        this.queries = queries;
        this.notifications = notifications;
        this.properties = properties;
    }

    /** A fixed number of statements whatever the data: two per list shown, two for notifications. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(CurrentUser user) {
        LocalDate today = queries.today();
        Part dueSoon = Part.EMPTY;
        Part overdue = Part.EMPTY;
        Part returned = Part.EMPTY;
        Part toReview = Part.EMPTY;
        Part toApprove = Part.EMPTY;
        Part overdueBelow = Part.EMPTY;
        MapSqlParameterSource params = new MapSqlParameterSource("today", today)
                .addValue("soon", today.plusDays(properties.dueSoonDays()))
                .addValue("agency", user.agencyId() == null ? -1L : user.agencyId())
                .addValue("unit", user.unitId() == null ? -1L : user.unitId());
        if (user.agencyId() != null && user.hasAny(Role.DRAFTER, Role.REPORTER)) {
            // Returned reports have their own list, whatever their due date: no report is in two lists.
            dueSoon = part(" where r.owner_agency_id = :agency and r.status in ('NOT_STARTED', 'DRAFT')"
                    + " and r.due_date between :today and :soon", " order by r.due_date, r.id", params, today);
            overdue = part(" where r.owner_agency_id = :agency and r.status in ('NOT_STARTED', 'DRAFT')"
                    + " and r.first_submitted_at is null and r.due_date < :today", " order by r.due_date, r.id",
                    params, today);
            returned = part(" where r.owner_agency_id = :agency and r.status = 'RETURNED'",
                    " order by r.due_date, r.id", params, today);
        }
        if (user.agencyId() != null && user.has(Role.REVIEWER)) {
            toReview = part(" where r.receiver_agency_id = :agency and r.status = 'SUBMITTED'",
                    " order by r.last_submitted_at, r.id", params, today);
            overdueBelow = part(" where r.receiver_agency_id = :agency and r.status in ('NOT_STARTED', 'DRAFT',"
                    + " 'AWAITING_APPROVAL') and r.first_submitted_at is null and r.due_date < :today",
                    " order by r.due_date, u.full_name, r.id", params, today);
        }
        if (user.unitId() != null && user.has(Role.LEADER)) {
            toApprove = part(" where r.reporter_unit_id = :unit and r.status = 'AWAITING_APPROVAL'",
                    " order by r.due_date, r.id", params, today);
        }
        return new Dashboard(dueSoon, overdue, returned, toReview, toApprove, overdueBelow,
                notifications.latest(user.id(), 5, false), notifications.unread(user.id()),
                properties.dueSoonDays());
    }

    private Part part(String where, String order, MapSqlParameterSource params, LocalDate today) {
        ReportRows.Slice slice = rows.first(where, order, LIMIT, params, today);
        return new Part(slice.rows(), slice.total());
    }

    /** Unread notifications of the user, for the bell in the header. */
    @Transactional(readOnly = true)
    public long unreadNotices(long userId) {
        return notifications.unread(userId);
    }
}
