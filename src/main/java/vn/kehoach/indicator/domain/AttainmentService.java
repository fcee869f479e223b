package vn.kehoach.indicator.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.cache.ReferenceCache;
import vn.kehoach.shared.cache.ReferenceCaches;
import vn.kehoach.shared.db.UnitPaths;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each strategy target stands for a unit and a year: its figure rolled up from the accepted reports of the
 * units below (see {@link RollUp}), the previous year's, the trend since 2021, the national and local targets,
 * whether it is attained, and the figure of each unit directly below. Six statements whatever the size of the tree:
 * the units are those of today's map, and the figures of units that merged count for the units that succeeded them.
 */
@Service
@Transactional(readOnly = true)
public class AttainmentService {

    /** The strategy runs from 2021; the trend starts there. */
    public static final int FIRST_YEAR = 2021;
    /** The counter of the figures, overrides, targets and unit map an attainment is computed from (V18). */
    private static final String REVISION = "attainment";

    private final NamedParameterJdbcTemplate jdbc;
    private final Catalogue catalogue;
    private final Units units;
    private final Clock clock;

    private final AttainmentSources sources;
    private final ReferenceCache<Key, Attainment> attainments;
    /** The latest year with figures, by unit id: it moves with the same figures as the attainments. */
    private final ReferenceCache<Long, Integer> years;

    AttainmentService(NamedParameterJdbcTemplate jdbc, Catalogue catalogue, Units units, Clock clock,
                      ReferenceCaches caches, AttainmentSources sources) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.catalogue = catalogue;
        this.units = units;
        this.clock = clock;
        this.attainments = caches.create("indicator.attainment", KEPT, REVISION);
        this.years = caches.create("indicator.latestYear", KEPT * 10, REVISION);
    }

    // --- the result ------------------------------------------------------------------------------------------------

    /** @param overrideVersions the version of the unit's own figure for the year, by target code (its form's) */
    public record Attainment(UnitRef unit, List<UnitRef> chain, int year, List<Integer> years,
                             List<UnitRow> children, List<Row> rows, Map<String, Long> overrideVersions) {

        /** The version of the unit's own figure for the target and year, null when it has none. */
        public Long overrideVersion(String code) {
            return overrideVersions.get(code);
        }

        public Row row(String code) {
            return rows.stream().filter(r -> r.entry().code().equals(code)).findFirst()
                    .orElseThrow(() -> new NotFoundException("target", code));
        }
    }

    public record UnitRow(long id, String code, String name) {
    }

    /** A local target and the unit that set it (the province for its communes). */
    public record LocalGoal(Catalogue.Goal goal, String unitName, String note) {
    }

    /**
     * @param applied the local target when there is one, else the national one
     * @param attained null when it cannot be judged (no figure or no target)
     */
    public record Row(Catalogue.Entry entry, Catalogue.Goal national, LocalGoal local, Catalogue.Goal applied,
                      RollUp.Result current, RollUp.Result previous, Figure reported, Boolean attained,
                      List<ChildValue> children, List<Point> trend) {

        public StrategyTarget target() {
            return entry.target();
        }

        public BigDecimal value() {
            return current == null ? null : current.figure().value();
        }

        public BigDecimal previousValue() {
            return previous == null ? null : previous.figure().value();
        }
    }

    /** @param shade 0 (far from the target) to 4 (attained), -1 without a figure or target */
    public record ChildValue(long unitId, String unitCode, String unitName, RollUp.Result result, Boolean attained,
                             int shade) {

        public BigDecimal value() {
            return result == null ? null : result.figure().value();
        }
    }

    public record Point(int year, BigDecimal value, BigDecimal target) {
    }

    // --- computing -------------------------------------------------------------------------------------------------

    /** The unit by its code on today's map, if the user may see it (their own unit, below it or a predecessor's). */
    public UnitRef unit(CurrentUser user, String code) {
        UnitRef unit = units.findByCodeAt(code, LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("unit", code));
        if (!user.covers(unit.path())) throw new NotFoundException("unit", code);
        return unit;
    }

    /** The latest year figures can be asked for: this year. */
    public int lastYear() {
        return LocalDate.now(clock).getYear();
    }

    /** A unit by id, for the annex of a report whose access the reporting module has already checked. */
    public UnitRef unitById(long id) {
        return units.get(id);
    }

    /**
     * The attainment of the latest year up to this one with accepted figures in the unit's tree, else of last year:
     * the start page's, and the pages' asked for no year.
     */
    public Attainment latest(UnitRef unit) {
        return attainment(unit, years.get(unit.id(), id -> defaultYear(unit)));
    }

    private int defaultYear(UnitRef unit) {
        int thisYear = LocalDate.now(clock).getYear();
        MapSqlParameterSource params = new MapSqlParameterSource("first", FIRST_YEAR).addValue("last", thisYear);
        Integer latest = jdbc.queryForObject("""
                select max(v.year) from indicator_value v join administrative_unit u on u.id = v.unit_id
                where""" + " " + UnitPaths.under("u.path", "path", unit.path(), params)
                + " and v.year between :first and :last", params, Integer.class);
        return latest != null ? latest : thisYear - 1;
    }

    public Attainment attainment(CurrentUser user, String unitCode, int year) {
        UnitRef unit = unit(user, unitCode);
        return attainment(unit, year);
    }

    /** Whether a year has figures to show: from the strategy's first year to this year. */
    public boolean covers(int year) {
        return year >= FIRST_YEAR && year <= LocalDate.now(clock).getYear();
    }

    /**
     * The attainment of a unit and year, from memory while nothing it is computed from has changed (the revision
     * 'attainment' that database triggers move, see V18), else computed afresh.
     */
    public Attainment attainment(UnitRef unit, int year) {
        if (!covers(year)) {
            throw new BusinessRuleException("indicator.year.outOfRange", FIRST_YEAR, LocalDate.now(clock).getYear());
        }
        return attainments.get(new Key(unit.id(), year), key -> compute(unit, year));
    }

    private record Key(long unitId, int year) {
    }

    /**
     * The country's attainment takes about half a second to compute from every commune's figures; a few hundred
     * recent ones (a province's communes for a year or two) cover what people open while the figures stand still.
     */
    private static final int KEPT = 500;

    private Attainment compute(UnitRef unit, int year) {
        List<Catalogue.Entry> entries = catalogue.entries(true);
        AttainmentSources.Tree tree = sources.tree(unit);
        MapSqlParameterSource params = new MapSqlParameterSource("path", unit.path() + "%")
                .addValue("from", FIRST_YEAR).addValue("to", year).addValue("unit", unit.id());
        Map<Integer, Map<String, Map<Long, Figure>>> reported = sources.reported(params, tree, entries);
        Map<String, Long> overrideVersions = new HashMap<>();
        Map<Integer, Map<String, Map<Long, Figure>>> overrides = sources.overrides(params, entries,
                overrideVersions::put, unit.id(), year);
        List<UnitRef> chain = units.chain(unit.id());
        Map<String, LocalGoal> locals = sources.localGoals(chain);

        List<Integer> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= year; y++) years.add(y);
        List<UnitRow> children = tree.childrenOf(unit.id());
        List<Row> rows = new ArrayList<>();
        for (Catalogue.Entry entry : entries) {
            StrategyTarget target = entry.target();
            List<Point> trend = new ArrayList<>();
            Map<Long, RollUp.Result> thisYear = Map.of();
            RollUp.Result previous = null;
            for (int y : years) {
                Map<Long, RollUp.Result> results = RollUp.compute(target, tree.root(),
                        reported.getOrDefault(y, Map.of()).getOrDefault(entry.code(), Map.of()),
                        overrides.getOrDefault(y, Map.of()).getOrDefault(entry.code(), Map.of()));
                RollUp.Result r = results.get(unit.id());
                trend.add(new Point(y, r == null ? null : r.figure().value(), applied(entry, locals, y).value()));
                if (y == year - 1) previous = r;
                if (y == year) thisYear = results;
            }
            Catalogue.Goal applied = applied(entry, locals, year);
            RollUp.Result current = thisYear.get(unit.id());
            List<ChildValue> childValues = new ArrayList<>();
            for (UnitRow child : children) {
                RollUp.Result r = thisYear.get(child.id());
                BigDecimal v = r == null ? null : r.figure().value();
                childValues.add(new ChildValue(child.id(), child.code(), child.name(), r, attained(target, applied, v),
                        shade(target, applied, v)));
            }
            Figure own = reported.getOrDefault(year, Map.of()).getOrDefault(entry.code(), Map.of()).get(unit.id());
            rows.add(new Row(entry, entry.nationalFor(year), locals.get(entry.code() + "|" + horizon(year)), applied,
                    current, previous, own,
                    attained(target, applied, current == null ? null : current.figure().value()),
                    childValues, trend));
        }
        return new Attainment(unit, chain, year, years, children, rows, Map.copyOf(overrideVersions));
    }

    static int horizon(int year) {
        return year <= 2025 ? 2025 : 2030;
    }

    private static Catalogue.Goal applied(Catalogue.Entry entry, Map<String, LocalGoal> locals, int year) {
        LocalGoal local = locals.get(entry.code() + "|" + horizon(year));
        return local != null ? local.goal() : entry.nationalFor(year);
    }

    /** Attained at or above a "higher is better" target, at or below (strictly below for "dưới") a "lower" one. */
    public static Boolean attained(StrategyTarget target, Catalogue.Goal goal, BigDecimal value) {
        if (value == null || goal == null || goal.value() == null) return null;
        int c = value.compareTo(goal.value());
        if (target.direction() == StrategyTarget.Direction.HIGHER) return c >= 0;
        return goal.strict() ? c < 0 : c <= 0;
    }

    /** How close a figure is to its target, in five steps, for the colour scale of the units below. */
    static int shade(StrategyTarget target, Catalogue.Goal goal, BigDecimal value) {
        Boolean attained = attained(target, goal, value);
        if (attained == null) return -1;
        if (attained) return 4;
        double v = value.doubleValue();
        double t = goal.value().doubleValue();
        double closeness = target.direction() == StrategyTarget.Direction.HIGHER
                ? (t == 0 ? 1 : v / t)
                : (v == 0 ? 1 : t / v);
        return closeness >= 0.9 ? 3 : closeness >= 0.75 ? 2 : closeness >= 0.5 ? 1 : 0;
    }
}
