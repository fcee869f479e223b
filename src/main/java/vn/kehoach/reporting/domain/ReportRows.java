package vn.kehoach.reporting.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.ReportRow;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report list rows in one statement each: the report joined with its unit, agencies and plan. Every list page of
 * the module (my reports, the review inbox, the dashboard, completeness) reads through here.
 */
@Component
public class ReportRows {

    /** Vietnam's calendar day of an instant, for "on time" against a due date. */
    static final String ZONE = "Asia/Ho_Chi_Minh";

    /** A report's unit, agencies, plan and requirement, joined to {@code r}. */
    private static final String JOINS = " join administrative_unit u on u.id = r.reporter_unit_id"
            + " left join agency ra on ra.id = r.reporter_agency_id"
            + " join agency oa on oa.id = r.owner_agency_id"
            + " join agency rc on rc.id = r.receiver_agency_id"
            + " join plan p on p.id = r.plan_id"
            + " join plan_reporting_requirement q on q.id = r.requirement_id";

    static final String FROM = " from report r" + JOINS;

    private static final String COLUMNS = "select r.id, r.plan_id, r.requirement_id, r.subject_plan_id, r.kind, r.year, r.period_to, r.due_date,"
            + " r.reporter_kind, r.reporter_unit_id, r.status, r.round, r.first_submitted_at, r.last_submitted_at,"
            + " (r.first_submitted_at at time zone '" + ZONE + "')::date <= r.due_date as on_time,"
            + " u.code as unit_code, u.full_name as unit_name, ra.name as reporter_agency_name,"
            + " oa.name as owner_agency_name, rc.name as receiver_agency_name,"
            + " p.number as plan_number, p.symbol as plan_symbol, p.title as plan_title, q.text as requirement_text";

    private static final String SELECT = COLUMNS + FROM;

    private final NamedParameterJdbcTemplate jdbc;

    ReportRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param where  conditions on {@code r}, {@code u}, {@code p}, starting with " where"
     * @param suffix order, limit and offset
     */
    public List<ReportRow> query(String where, String suffix, MapSqlParameterSource params, LocalDate today) {
        return jdbc.query(SELECT + where + " " + suffix, params, mapper(today));
    }

    /** The first rows and how many there are in all, in one statement (the window count runs before the limit). */
    public Slice first(String where, String order, int limit, MapSqlParameterSource params, LocalDate today) {
        long[] total = {0};
        RowMapper<ReportRow> row = mapper(today);
        List<ReportRow> list = jdbc.query(COLUMNS + ", count(*) over () as total_rows" + FROM + where + " "
                + order + " limit " + limit, params, (rs, n) -> {
                    total[0] = rs.getLong("total_rows");
                    return row.mapRow(rs, n);
                });
        return new Slice(list, total[0]);
    }

    public record Slice(List<ReportRow> rows, long total) {
    }

    /**
     * A page of a list whose conditions and order are on the report alone ({@code r}): the page's reports are chosen
     * and counted on the report table, and only they are joined with their units, agencies and plan (an agency's
     * inbox holds hundreds of reports a year). One statement, two for a page past the last report.
     */
    public Slice pageOfReports(String where, String order, int limit, long offset, MapSqlParameterSource params,
                               LocalDate today) {
        long[] total = {-1};
        RowMapper<ReportRow> row = mapper(today);
        params.addValue("limit", limit).addValue("offset", offset);
        List<ReportRow> list = jdbc.query(COLUMNS + ", t.total_rows from (select r.id, count(*) over () as total_rows"
                + " from report r" + where + order + " limit :limit offset :offset) t join report r on r.id = t.id"
                + JOINS + order, params, (rs, n) -> {
                    total[0] = rs.getLong("total_rows");
                    return row.mapRow(rs, n);
                });
        if (total[0] < 0) {
            Long counted = offset == 0
                    ? Long.valueOf(0)
                    : jdbc.queryForObject("select count(*) from report r" + where, params, Long.class);
            total[0] = counted == null ? 0 : counted;
        }
        return new Slice(list, total[0]);
    }

    /**
     * The reports a consolidated report was drafted from (report_source), each with its totals ({@link Figures#NONE}
     * when it has no lines), in one statement.
     */
    public Map<Long, Figures> sourceTotals(long reportId) {
        Map<Long, Figures> out = new LinkedHashMap<>();
        jdbc.query("""
                select s.source_report_id, sum(e.activities) as activities, sum(e.participants_male) as male,
                       sum(e.participants_female) as female, sum(e.products) as products, sum(e.spent) as spent
                from report_source s left join report_entry e on e.report_id = s.source_report_id
                where s.report_id = :report group by s.source_report_id, s.position order by s.position""",
                new MapSqlParameterSource("report", reportId), rs -> {
                    out.put(rs.getLong("source_report_id"), new Figures(integer(rs, "activities"),
                            integer(rs, "male"), integer(rs, "female"), integer(rs, "products"),
                            rs.getBigDecimal("spent")));
                });
        return out;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Math.toIntExact(value);
    }

    private static RowMapper<ReportRow> mapper(LocalDate today) {
        return (rs, n) -> {
            ReporterKind reporterKind = ReporterKind.valueOf(rs.getString("reporter_kind"));
            String number = rs.getString("plan_number");
            String reporterName = reporterKind == ReporterKind.AGENCY
                    ? rs.getString("reporter_agency_name")
                    : rs.getString("unit_name");
            OffsetDateTime first = rs.getObject("first_submitted_at", OffsetDateTime.class);
            OffsetDateTime last = rs.getObject("last_submitted_at", OffsetDateTime.class);
            return new ReportRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("requirement_id"),
                    rs.getLong("subject_plan_id"),
                    (number == null ? "" : number) + "/" + rs.getString("plan_symbol"), rs.getString("plan_title"),
                    ReportKind.valueOf(rs.getString("kind")), rs.getInt("year"),
                    rs.getObject("period_to", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                    reporterKind, reporterName, rs.getLong("reporter_unit_id"), rs.getString("unit_code"),
                    rs.getString("unit_name"), rs.getString("owner_agency_name"),
                    rs.getString("receiver_agency_name"), ReportStatus.valueOf(rs.getString("status")),
                    rs.getInt("round"), first == null ? null : first.toInstant(),
                    last == null ? null : last.toInstant(), (Boolean) rs.getObject("on_time"), today,
                    rs.getString("requirement_text"));
        };
    }
}
