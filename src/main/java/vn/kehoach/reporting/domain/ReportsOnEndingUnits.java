package vn.kehoach.reporting.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReportTitles;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.roster.ReorganisationImpact;

import java.sql.Types;
import java.util.List;

/**
 * For a reorganisation's preview: the reports still owed by the agencies of the units that end, in the order they
 * are handed over ({@link ObligationService}): each follows its agency, or the agency that takes over its people; of
 * the reports a unit owes on one requirement, the successor unit keeps one. One statement.
 */
@Component
class ReportsOnEndingUnits implements ReorganisationImpact {

    private final NamedParameterJdbcTemplate jdbc;

    ReportsOnEndingUnits(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Section heldBy(Closing closing) {
        String title = "report.reorgImpact.title";
        String orphaned = "report.reorgImpact.orphaned";
        if (closing.agencyIds().isEmpty()) return new Section(20, title, orphaned, List.of());
        List<Item> items = jdbc.query("""
                select r.id, r.kind, r.year, r.status, r.reporter_kind, r.requirement_id, r.owner_agency_id,
                       a.unit_id, a.name as agency_name, p.number, p.symbol, q.text as requirement_text,
                       (cast(:heir as bigint) is not null and exists (
                           select 1 from report x where x.requirement_id = r.requirement_id
                           and x.reporter_kind = 'UNIT' and x.reporter_unit_id = cast(:heir as bigint)))
                           as heir_has_one
                from report r
                join agency a on a.id = r.owner_agency_id
                join plan p on p.id = r.plan_id
                join plan_reporting_requirement q on q.id = r.requirement_id
                where r.owner_agency_id in (:agencies) and r.status in (:open)
                order by r.reporter_unit_id, r.id""",
                new MapSqlParameterSource("agencies", closing.agencyIds())
                        .addValue("open", ReportStatus.OPEN.stream().map(Enum::name).toList())
                        .addValue("heir", closing.heirUnitId(), Types.BIGINT),
                (rs, n) -> {
                    ReportKind kind = ReportKind.valueOf(rs.getString("kind"));
                    String own = ReportTitles.own(kind, rs.getString("requirement_text"));
                    String number = rs.getString("number");
                    String plan = (number == null || number.isBlank() ? "" : number + "/") + rs.getString("symbol");
                    boolean unit = ReporterKind.UNIT.name().equals(rs.getString("reporter_kind"));
                    return new Item(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("owner_agency_id"),
                            own == null ? "report.title." + kind.name() : "report.reorgImpact.own",
                            own == null ? List.of(rs.getInt("year")) : List.of(own),
                            rs.getString("agency_name") + " · " + plan, "/reports/" + rs.getLong("id"),
                            "ReportStatus." + rs.getString("status"),
                            unit ? "requirement:" + rs.getLong("requirement_id") : null,
                            unit && rs.getBoolean("heir_has_one"));
                });
        return new Section(20, title, orphaned, items);
    }
}
