package vn.kehoach.reporting.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditPlaces;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.shared.security.CurrentUser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The append-only side of a report: its history of steps, the reviewer's comments per part and round, the content
 * sent in each round, and the reports a consolidation was drafted from.
 */
@Component
public class ReportLog {

    public enum Action {
        CREATE, START, REQUEST_APPROVAL, SEND_BACK, SUBMIT, ACCEPT, RETURN, UNLOCK, CANCEL, CONSOLIDATE, MOVE, REASSIGN
    }

    public record Event(Action action, ReportStatus from, ReportStatus to, int round, String actor, String actorName,
                        Instant at, String reason) {
    }

    public record Comment(int round, String part, String text, String authorName, Instant at) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail audit;

    ReportLog(NamedParameterJdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * A step in the report's history. Steps a user took also go into the audit trail, under the reporting unit; the
     * application's own bookkeeping (reports created when a plan is issued, moved or cancelled by a reorganisation or
     * an amendment) stays in the report's history, and the user's action that caused it is in the audit trail.
     */
    public void event(Report report, Action action, ReportStatus from, CurrentUser actor, Instant at, String reason) {
        event(report, null, action, from, actor, at, reason);
    }

    /**
     * {@link #event(Report, Action, ReportStatus, CurrentUser, Instant, String)} with the report's unit where the
     * caller read it a moment ago ({@code unit}, null if not): the audit trail does not look it up again.
     */
    public void event(Report report, AuditPlaces.Place unit, Action action, ReportStatus from, CurrentUser actor,
                      Instant at, String reason) {
        jdbc.update(
                """
                        insert into report_event (report_id, action, from_status, to_status, round, actor, actor_name, at, reason)
                        values (:report, :action, :from, :to, :round, :actor, :actorName, :at, :reason)""",
                new MapSqlParameterSource("report", report.getId()).addValue("action", action.name())
                        .addValue("from", from == null ? null : from.name())
                        .addValue("to", report.getStatus().name()).addValue("round", report.getRound())
                        .addValue("actor", actor.username()).addValue("actorName", actor.displayName())
                        .addValue("at", Timestamp.from(at)).addValue("reason", reason));
        if (actor.id() != 0) {
            AuditEntry entry = AuditEntry.of(AuditAction.ofReportStep(action), actor).object(report.getId());
            if (unit != null && unit.unitId() == report.getReporterUnitId()) entry.unit(unit);
            else
                entry.unit(report.getReporterUnitId());
            audit.record(entry.summary(reason).before(from == null ? null : Map.of("status", from.name()))
                    .after(Map.of("status", report.getStatus().name(), "round", report.getRound())));
        }
    }

    public List<Event> events(long reportId) {
        return jdbc.query("""
                select action, from_status, to_status, round, actor, actor_name, at, reason from report_event
                where report_id = :report order by at, id""", new MapSqlParameterSource("report", reportId),
                (rs, n) -> new Event(Action.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : ReportStatus.valueOf(rs.getString("from_status")),
                        ReportStatus.valueOf(rs.getString("to_status")), rs.getInt("round"), rs.getString("actor"),
                        rs.getString("actor_name"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("reason")));
    }

    public void comments(Report report, Map<String, String> byPart, CurrentUser author, Instant at) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        byPart.forEach((part, text) -> rows.add(new MapSqlParameterSource("report", report.getId())
                .addValue("round", report.getRound()).addValue("part", part).addValue("text", text)
                .addValue("author", author.username()).addValue("authorName", author.displayName())
                .addValue("at", Timestamp.from(at))));
        if (rows.isEmpty()) return;
        jdbc.batchUpdate("""
                insert into report_comment (report_id, round, part, text, author, author_name, at)
                values (:report, :round, :part, :text, :author, :authorName, :at)""",
                rows.toArray(MapSqlParameterSource[]::new));
    }

    /** All comments on the report, latest round first. */
    public List<Comment> comments(long reportId) {
        return jdbc.query("""
                select round, part, text, author_name, at from report_comment where report_id = :report
                order by round desc, id""", new MapSqlParameterSource("report", reportId),
                (rs, n) -> new Comment(rs.getInt("round"), rs.getString("part"), rs.getString("text"),
                        rs.getString("author_name"), rs.getObject("at", OffsetDateTime.class).toInstant()));
    }

    public void round(Report report, String snapshotJson, CurrentUser by, Instant at) {
        jdbc.update("""
                insert into report_round (report_id, round, submitted_at, submitted_by, snapshot)
                values (:report, :round, :at, :by, cast(:snapshot as jsonb))""",
                new MapSqlParameterSource("report", report.getId()).addValue("round", report.getRound())
                        .addValue("at", Timestamp.from(at)).addValue("by", by.displayName())
                        .addValue("snapshot", snapshotJson));
    }

    public record Round(int round, Instant submittedAt, String submittedBy, String snapshot) {
    }

    public List<Round> rounds(long reportId) {
        return jdbc.query("""
                select round, submitted_at, submitted_by, snapshot::text as snapshot from report_round
                where report_id = :report order by round""", new MapSqlParameterSource("report", reportId),
                (rs, n) -> new Round(rs.getInt("round"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rs.getString("submitted_by"), rs.getString("snapshot")));
    }

    public void replaceSources(long reportId, Collection<Long> sourceIds) {
        // One statement: the sources no longer used go, the others are written or moved to their new place. A
        // deletion and a re-insertion of the same row could not share a statement; these rows are disjoint.
        jdbc.update("""
                with gone as (delete from report_source
                              where report_id = :report and source_report_id <> all (cast(:sources as bigint[])))
                insert into report_source (report_id, source_report_id, position)
                select :report, s.id, s.n - 1 from unnest(cast(:sources as bigint[])) with ordinality as s (id, n)
                on conflict (report_id, source_report_id) do update set position = excluded.position""",
                new MapSqlParameterSource("report", reportId).addValue("sources", sourceIds.toArray(Long[]::new)));
    }
}
