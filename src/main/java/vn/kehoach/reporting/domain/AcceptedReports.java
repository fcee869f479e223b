package vn.kehoach.reporting.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.Plans;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.EntryState;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The accepted reports a unit's report is drafted from, with their content, read in one statement: each report's
 * entries and targets come as arrays beside it. A province's report draws on a few hundred reports and thousands of
 * entries: loaded as entities, they were most of a consolidation's time, and nothing here changes them.
 */
@Component
class AcceptedReports {

    /**
     * An accepted report below: who sent it and what it says, as a draft reads it (its entries without their tasks'
     * number and title, its targets without their source and note).
     */
    record Accepted(long id, Long reporterAgencyId, long reporterUnitId, ReportContent content) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AcceptedReports(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Accepted reports of the same kind and period as {@code report} on its subject plan or any revision of it, but
     * the report itself; agencies' first, then units', each by id.
     */
    List<Accepted> below(ReportView report) {
        MapSqlParameterSource params = new MapSqlParameterSource("subject", report.subjectPlan().id())
                .addValue("kind", report.kind().name()).addValue("year", report.year())
                .addValue("self", report.id());
        // The revisions as a subquery of each statement rather than a statement of their own.
        String where = " where r.plan_id in (" + Plans.revisionChainQuery("subject") + ") and r.kind = :kind"
                + " and r.year = :year and r.status = 'ACCEPTED' and r.id <> :self";
        if (report.kind() != ReportKind.SIX_MONTH && report.kind() != ReportKind.ANNUAL) {
            where += " and r.period_to is not distinct from :periodTo";
            params.addValue("periodTo", report.periodTo());
        }
        // One statement: each report with its entries and targets gathered into arrays, column by column; only what a
        // draft takes from them (not the tasks' titles below, nor where a figure came from), the rest being thousands
        // of texts to decode for nothing.
        List<Accepted> out = new ArrayList<>();
        jdbc.query("""
                select r.id, r.reporter_agency_id, r.reporter_unit_id, r.results, r.shortcomings, r.causes,
                       r.directions, r.proposals, e.*, t.*
                from report r
                left join lateral (
                    select array_agg(section_id order by position) as e_section,
                           array_agg(implements_section_id order by position) as e_implements,
                           array_agg(state order by position) as e_state,
                           array_agg(narrative order by position) as e_narrative,
                           array_agg(activities order by position) as e_activities,
                           array_agg(participants_male order by position) as e_male,
                           array_agg(participants_female order by position) as e_female,
                           array_agg(products order by position) as e_products,
                           array_agg(spent order by position) as e_spent
                    from report_entry where report_id = r.id) e on true
                left join lateral (
                    select array_agg(target_code order by target_code) as t_code,
                           array_agg(value order by target_code) as t_value,
                           array_agg(numerator order by target_code) as t_numerator,
                           array_agg(denominator order by target_code) as t_denominator,
                           array_agg(value_male order by target_code) as t_male,
                           array_agg(value_female order by target_code) as t_female
                    from report_target_value where report_id = r.id) t on true""" + where
                + " order by r.reporter_kind = 'UNIT', r.id", params, rs -> {
                    out.add(new Accepted(rs.getLong("id"), rs.getObject("reporter_agency_id", Long.class),
                            rs.getLong("reporter_unit_id"), new ReportContent(entries(rs), targets(rs),
                                    rs.getString("results"), rs.getString("shortcomings"), rs.getString("causes"),
                                    rs.getString("directions"), rs.getString("proposals"))));
                });
        return List.copyOf(out);
    }

    private static List<EntryContent> entries(ResultSet rs) throws SQLException {
        Object[] section = array(rs, "e_section");
        if (section == null) return List.of();
        Object[] implementsSection = array(rs, "e_implements");
        Object[] state = array(rs, "e_state");
        Object[] narrative = array(rs, "e_narrative");
        Object[] activities = array(rs, "e_activities");
        Object[] male = array(rs, "e_male");
        Object[] female = array(rs, "e_female");
        Object[] products = array(rs, "e_products");
        Object[] spent = array(rs, "e_spent");
        List<EntryContent> out = new ArrayList<>(section.length);
        for (int i = 0; i < section.length; i++) {
            out.add(new EntryContent((Long) section[i], (Long) implementsSection[i], null, null,
                    state[i] == null ? null : EntryState.valueOf((String) state[i]),
                    (String) narrative[i], new Figures((Integer) activities[i], (Integer) male[i],
                            (Integer) female[i], (Integer) products[i], (BigDecimal) spent[i])));
        }
        return out;
    }

    private static List<TargetValueContent> targets(ResultSet rs) throws SQLException {
        Object[] code = array(rs, "t_code");
        if (code == null) return List.of();
        Object[] value = array(rs, "t_value");
        Object[] numerator = array(rs, "t_numerator");
        Object[] denominator = array(rs, "t_denominator");
        Object[] male = array(rs, "t_male");
        Object[] female = array(rs, "t_female");
        List<TargetValueContent> out = new ArrayList<>(code.length);
        for (int i = 0; i < code.length; i++) {
            out.add(new TargetValueContent((String) code[i], (BigDecimal) value[i], (BigDecimal) numerator[i],
                    (BigDecimal) denominator[i], (BigDecimal) male[i], (BigDecimal) female[i], null, null));
        }
        return out;
    }

    /** A column of arrays as Java objects (Long, Integer, String, BigDecimal), null when the report has no rows. */
    private static Object[] array(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? null : (Object[]) array.getArray();
    }
}
