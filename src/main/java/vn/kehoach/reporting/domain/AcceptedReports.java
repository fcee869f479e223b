package vn.kehoach.reporting.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.EntryState;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accepted reports a unit's report is drafted from, with their content, read as rows in three statements (the
 * reports, their entries, their targets). A province's report draws on a few hundred reports and thousands of
 * entries: loaded as entities, they were most of a consolidation's time, and nothing here changes them.
 */
@Component
class AcceptedReports {

    /** An accepted report below: who sent it and what it says. */
    record Accepted(long id, Long reporterAgencyId, long reporterUnitId, ReportContent content) {
    }

    private record Positioned(int position, EntryContent entry) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AcceptedReports(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Accepted reports of the same kind and period as {@code report} on the plans {@code chain} (its subject plan's
     * revisions), but the report itself; agencies' first, then units', each by id.
     */
    List<Accepted> below(Report report, Collection<Long> chain) {
        MapSqlParameterSource params = new MapSqlParameterSource("chain", chain)
                .addValue("kind", report.getKind().name()).addValue("year", report.getYear())
                .addValue("self", report.getId());
        String where = " where r.plan_id in (:chain) and r.kind = :kind and r.year = :year and r.status = 'ACCEPTED'"
                + " and r.id <> :self";
        if (report.getKind() != ReportKind.SIX_MONTH && report.getKind() != ReportKind.ANNUAL) {
            where += " and r.period_to is not distinct from :periodTo";
            params.addValue("periodTo", report.getPeriodTo());
        }
        // Put in order here: sorted by the database, the thousands of rows with their text took longer than reading.
        Map<Long, List<Positioned>> positioned = new HashMap<>();
        jdbc.query("""
                select e.report_id, e.position, e.section_id, e.implements_section_id, e.task_path, e.task_title,
                       e.state, e.narrative, e.activities, e.participants_male, e.participants_female, e.products,
                       e.spent
                from report_entry e join report r on r.id = e.report_id""" + where, params, rs -> {
            positioned.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                    .add(new Positioned(rs.getInt("position"), entry(rs)));
        });
        Map<Long, List<EntryContent>> entries = new HashMap<>();
        positioned.forEach((id, list) -> entries.put(id, list.stream()
                .sorted(Comparator.comparingInt(Positioned::position)).map(Positioned::entry).toList()));
        Map<Long, List<TargetValueContent>> targets = new HashMap<>();
        jdbc.query("""
                select t.report_id, t.target_code, t.value, t.numerator, t.denominator, t.value_male, t.value_female,
                       t.source, t.note
                from report_target_value t join report r on r.id = t.report_id""" + where
                + " order by t.report_id, t.target_code", params, rs -> {
                    targets.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>()).add(target(rs));
                });
        Map<Long, Accepted> reports = new LinkedHashMap<>();
        jdbc.query("""
                select r.id, r.reporter_agency_id, r.reporter_unit_id, r.results, r.shortcomings, r.causes,
                       r.directions, r.proposals
                from report r""" + where + " order by r.reporter_kind = 'UNIT', r.id", params, rs -> {
            long id = rs.getLong("id");
            reports.put(id, new Accepted(id, rs.getObject("reporter_agency_id", Long.class),
                    rs.getLong("reporter_unit_id"),
                    new ReportContent(entries.getOrDefault(id, List.of()), targets.getOrDefault(id, List.of()),
                            rs.getString("results"), rs.getString("shortcomings"), rs.getString("causes"),
                            rs.getString("directions"), rs.getString("proposals"))));
        });
        return List.copyOf(reports.values());
    }

    private static EntryContent entry(ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        return new EntryContent(rs.getLong("section_id"), rs.getObject("implements_section_id", Long.class),
                rs.getString("task_path"), rs.getString("task_title"), state == null ? null : EntryState.valueOf(state),
                rs.getString("narrative"), new Figures(rs.getObject("activities", Integer.class),
                        rs.getObject("participants_male", Integer.class),
                        rs.getObject("participants_female", Integer.class), rs.getObject("products", Integer.class),
                        rs.getBigDecimal("spent")));
    }

    private static TargetValueContent target(ResultSet rs) throws SQLException {
        return new TargetValueContent(rs.getString("target_code"), rs.getBigDecimal("value"),
                rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getBigDecimal("value_male"),
                rs.getBigDecimal("value_female"), rs.getString("source"), rs.getString("note"));
    }
}
