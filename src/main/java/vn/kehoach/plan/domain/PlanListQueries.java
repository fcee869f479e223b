package vn.kehoach.plan.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.db.UnitPaths;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.NotFoundException;
import vn.kehoach.shared.web.PageResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static vn.kehoach.plan.domain.PlanQueries.COLUMNS;
import static vn.kehoach.plan.domain.PlanQueries.JOINS;
import static vn.kehoach.plan.domain.PlanQueries.SELECT;
import static vn.kehoach.plan.domain.PlanQueries.SUMMARY;

/** Lists of plans: the plan list and its search, and an issued plan found by its number. */
@Service
@Transactional(readOnly = true)
public class PlanListQueries {

    /** The path of a unit without a parent (the country): its subtree is every unit. */
    private static final Pattern ROOT_PATH = Pattern.compile("/\\d+/");

    private final Units units;
    private final Agencies agencies;
    private final NamedParameterJdbcTemplate jdbc;

    PlanListQueries(Units units, Agencies agencies, NamedParameterJdbcTemplate jdbc) {
        this.units = units;
        this.agencies = agencies;
        this.jdbc = jdbc;
    }

    /** Ids of the plans with a task led or coordinated by the agency {@code :<param>} (two index scans). */
    static String assigning(String param) {
        return "select s.plan_id from plan_section s where s.is_task and s.lead_agency_id = :" + param
                + " union select s.plan_id from plan_section_coordinator c join plan_section s on s.id = c.section_id"
                + " where s.is_task and c.agency_id = :" + param;
    }

    // --- lists ----------------------------------------------------------------------------------------------------

    /**
     * Plans the user may see, filtered and paged in the database (one statement, two for a page past the last plan).
     * The plans in the user's scope (a merged province sees its predecessors' history: over a thousand plans) are
     * found as index-only branches on {@code plan_scope_path_idx} (a range of issuer paths per unit of the scope, and
     * the issued plans of the units above or assigning the user's agency), counted and ordered on those narrow rows,
     * and only the page's rows are read whole. The text search reads the plans in scope only: a common word would
     * otherwise send the planner to the trigram index, which rechecks the folded text of most plans of the country.
     */
    public PageResult<PlanSummary> search(CurrentUser user, PlanSearch search) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where true");
        appendFilters(user, search, where, params);
        String q = VietnameseText.clean(search.q());
        String matches = null;
        if (q != null && !q.isEmpty()) {
            // The stored head (the title comes first) before the whole text, whose decompression costs most.
            matches = "(p.search_head like :pattern or p.search_text like :pattern or p.number = :q"
                    + " or (p.number || '/' || p.symbol) = :q)";
            params.addValue("pattern", "%" + VietnameseText.likeEscape(VietnameseText.fold(q)) + "%");
            params.addValue("q", q);
        }
        String scoped = scopedPlans(user, params, matches);
        String order = " order by p.year desc, p.updated_at desc, p.id desc";
        String paging = " limit :limit offset :offset";
        params.addValue("limit", search.size()).addValue("offset", (long) search.page() * search.size());
        if (scoped == null) {
            // The whole country: the first rows come in order from the list index, and are counted apart.
            if (matches != null) where.append(" and ").append(matches);
            Long total = jdbc.queryForObject("select count(*) from plan p join administrative_unit u"
                    + " on u.id = p.issuer_unit_id" + where, params, Long.class);
            List<PlanSummary> rows = jdbc.query(SELECT + where + order + paging, params, SUMMARY);
            return new PageResult<>(rows, total == null ? 0 : total, search.page(), search.size());
        }
        // PostgreSQL kept planning this statement afresh (1.4 ms, more than running it): its generic plan, which
        // reads the same index ranges, looked dearer on paper. Forced for this transaction only, and without
        // parallel workers, which that plan would start for a text search (8 ms to start them for 1 ms of work).
        jdbc.getJdbcTemplate().queryForList("select set_config('plan_cache_mode', 'force_generic_plan', true),"
                + " set_config('max_parallel_workers_per_gather', '0', true)");
        // The issuing unit's row only for a filter on its level; the path on the plan serves the others.
        String from = " from (" + scoped + ") p"
                + (search.level() == null ? "" : " join administrative_unit u on u.path = p.issuer_path") + where;
        long[] total = {-1};
        List<PlanSummary> rows = jdbc.query(COLUMNS + ", t.total_rows from (select p.id, count(*) over () as total_rows"
                + from + order + paging + ") t join plan p on p.id = t.id" + JOINS + order, params, (rs, n) -> {
                    total[0] = rs.getLong("total_rows");
                    return SUMMARY.mapRow(rs, n);
                });
        if (total[0] < 0) {
            Long counted = search.page() == 0
                    ? Long.valueOf(0)
                    : jdbc.queryForObject("select count(*)" + from, params, Long.class);
            total[0] = counted == null ? 0 : counted;
        }
        return new PageResult<>(rows, total[0], search.page(), search.size());
    }

    /** The list's filters but the text: year, level, unit, status and assigned agency. */
    private void appendFilters(CurrentUser user, PlanSearch search, StringBuilder where,
                               MapSqlParameterSource params) {
        if (search.year() != null) {
            where.append(" and p.year = :year");
            params.addValue("year", search.year());
        }
        if (search.level() != null) {
            where.append(" and u.level = :level");
            params.addValue("level", search.level().name());
        }
        if (search.unitId() != null) {
            // A unit whose plans the user may see some of: theirs, below, before, or above (issued plans).
            String path = units.get(search.unitId()).path();
            if (!user.covers(path) && !user.isBelow(path)) throw new NotFoundException("unit", search.unitId());
            where.append(" and ").append(UnitPaths.under("p.issuer_path", "under", path, params));
        }
        if (search.status() != null) {
            where.append(" and p.status = :status");
            params.addValue("status", search.status().name());
        }
        if (search.assignedAgencyId() != null) {
            agencies.readable(user, search.assignedAgencyId());
            where.append(" and p.id in (").append(assigning("assigned")).append(")");
            params.addValue("assigned", search.assignedAgencyId());
        }
    }

    /**
     * The plans in the user's scope as narrow rows {@code p(id, year, updated_at, issuer_path, status)}, as branches
     * that each read an index only: a range of issuer paths for each unit of the scope (theirs and the units theirs
     * succeeded, none under another, so that no plan comes twice), then the issued plans of the units above theirs or
     * assigning a task to their agency that are not in those ranges; null for a user who sees every plan.
     * {@code condition}, if any, is what every plan must meet besides (on the plan's row, {@code p}).
     */
    private static String scopedPlans(CurrentUser user, MapSqlParameterSource params, String condition) {
        if (user.isSystemAdmin() || user.scopePaths().stream().anyMatch(ROOT_PATH.asMatchPredicate())) return null;
        String narrow = "select p.id, p.year, p.updated_at, p.issuer_path, p.status from plan p where ";
        String also = condition == null ? "" : " and " + condition;
        List<String> paths = user.scopePaths().stream().distinct().toList();
        List<String> ranges = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (String path : paths) {
            if (paths.stream().anyMatch(other -> !other.equals(path) && path.startsWith(other))) continue;
            String range = UnitPaths.under("p.issuer_path", "scope" + ranges.size(), path, params);
            ranges.add(range);
            sql.append(narrow).append(range).append(also).append(" union all ");
        }
        params.addValue("ownPath", user.unitPath() == null ? "" : user.unitPath());
        params.addValue("myAgency", user.agencyId() == null ? -1L : user.agencyId());
        return sql.append(narrow).append("p.status in ('ISSUED', 'AMENDED') and (p.issuer_unit_id = any")
                .append(" (cast(string_to_array(trim(both '/' from :ownPath), '/') as bigint[]))")
                .append(" or p.id = any (array(").append(assigning("myAgency")).append(")))")
                .append(ranges.isEmpty() ? "" : " and not (" + String.join(" or ", ranges) + ")").append(also)
                .toString();
    }

    /** An issued plan the user may see, by number, symbol and (optionally) year. */
    public Optional<Long> findIssued(CurrentUser user, String number, String symbol, Integer year) {
        if (number == null || symbol == null) return Optional.empty();
        String twoDigit = OfficialWording.twoDigits(number.replaceFirst("^0+(?=\\d)", ""));
        StringBuilder where = new StringBuilder(" where p.status in ('ISSUED', 'AMENDED') and p.symbol = :symbol"
                + " and p.number in (:numbers)");
        MapSqlParameterSource params = new MapSqlParameterSource("symbol", symbol)
                .addValue("numbers", List.of(number, twoDigit));
        if (year != null) {
            where.append(" and extract(year from p.issued_on) = :year");
            params.addValue("year", year);
        }
        String scoped = scopedPlans(user, params, null);
        if (scoped != null) where.append(" and p.id in (select s.id from (").append(scoped).append(") s)");
        return jdbc.query("select p.id from plan p" + where
                + " order by p.issued_on desc limit 1", params, (rs, n) -> rs.getLong(1)).stream().findFirst();
    }
}
