package vn.kehoach.indicator.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.db.UnitPaths;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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

    private final NamedParameterJdbcTemplate jdbc;
    private final Catalogue catalogue;
    private final Units units;
    private final Clock clock;

    AttainmentService(NamedParameterJdbcTemplate jdbc, Catalogue catalogue, Units units, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.units = units;
        this.clock = clock;
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
        long revision = revision();
        return attainment(unit, defaultYear(unit, revision), revision);
    }

    /** That year, kept with the attainments: the same revision counter moves when figures or the unit map change. */
    private int defaultYear(UnitRef unit, long revision) {
        Integer cached = cache.year(revision, unit.id());
        if (cached != null) return cached;
        int thisYear = LocalDate.now(clock).getYear();
        MapSqlParameterSource params = new MapSqlParameterSource("first", FIRST_YEAR).addValue("last", thisYear);
        Integer latest = jdbc.queryForObject("""
                select max(v.year) from indicator_value v join administrative_unit u on u.id = v.unit_id
                where""" + " " + UnitPaths.under("u.path", "path", unit.path(), params)
                + " and v.year between :first and :last", params, Integer.class);
        int year = latest != null ? latest : thisYear - 1;
        cache.putYear(revision, unit.id(), year);
        return year;
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
     * that database triggers move, see V10), else computed afresh.
     */
    public Attainment attainment(UnitRef unit, int year) {
        return attainment(unit, year, revision());
    }

    private Attainment attainment(UnitRef unit, int year, long revision) {
        if (!covers(year)) {
            throw new BusinessRuleException("indicator.year.outOfRange", FIRST_YEAR, LocalDate.now(clock).getYear());
        }
        String key = unit.id() + "|" + year;
        Attainment cached = cache.get(revision, key);
        if (cached != null) return cached;
        Attainment computed = compute(unit, year);
        cache.put(revision, key, computed);
        return computed;
    }

    private long revision() {
        Long revision = jdbc.queryForObject("select revision from indicator_revision where id = 1",
                new MapSqlParameterSource(), Long.class);
        return revision == null ? -1 : revision;
    }

    /** Recently computed attainments and default years of one revision; a newer revision empties it. */
    private static final class Cache {

        private static final int SIZE = 500;

        private long revision = Long.MIN_VALUE;
        private final Map<String, Attainment> entries = new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Attainment> eldest) {
                return size() > SIZE;
            }
        };
        private final Map<Long, Integer> years = new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
                return size() > SIZE * 10;
            }
        };

        synchronized Attainment get(long revision, String key) {
            return revision == this.revision ? entries.get(key) : null;
        }

        synchronized void put(long revision, String key, Attainment attainment) {
            if (moveTo(revision)) entries.put(key, attainment);
        }

        synchronized Integer year(long revision, long unitId) {
            return revision == this.revision ? years.get(unitId) : null;
        }

        synchronized void putYear(long revision, long unitId, int year) {
            if (moveTo(revision)) years.put(unitId, year);
        }

        /** Empties the cache for a newer revision; false for an older one, whose results are not kept. */
        private boolean moveTo(long revision) {
            if (revision > this.revision) {
                entries.clear();
                years.clear();
                this.revision = revision;
            }
            // A computation that began before a change another request has already seen is not kept.
            return revision == this.revision;
        }
    }

    private final Cache cache = new Cache();

    private Attainment compute(UnitRef unit, int year) {
        List<Catalogue.Entry> entries = catalogue.entries(true);
        Tree tree = tree(unit);
        MapSqlParameterSource params = new MapSqlParameterSource("path", unit.path() + "%")
                .addValue("from", FIRST_YEAR).addValue("to", year).addValue("unit", unit.id());
        Map<Integer, Map<String, Map<Long, Figure>>> reported = reported(params, tree, entries);
        Map<String, Long> overrideVersions = new HashMap<>();
        Map<Integer, Map<String, Map<Long, Figure>>> overrides = overrides(params, entries,
                overrideVersions::put, unit.id(), year);
        List<UnitRef> chain = units.chain(unit.id());
        Map<String, LocalGoal> locals = localGoals(chain);

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
                    current, previous, own, attained(target, applied, current == null ? null : current.figure().value()),
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
                ? (t == 0 ? 1 : v / t) : (v == 0 ? 1 : t / v);
        return closeness >= 0.9 ? 3 : closeness >= 0.75 ? 2 : closeness >= 0.5 ? 1 : 0;
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    private record Tree(RollUp.Node root, Map<Long, List<UnitRow>> children) {

        List<UnitRow> childrenOf(long id) {
            return children.getOrDefault(id, List.of());
        }
    }

    /** Today's units from the unit down, as a tree. */
    private Tree tree(UnitRef unit) {
        record U(long id, String code, String name, Long parentId) {
        }
        List<U> rows = jdbc.query("""
                select id, code, full_name, parent_id from administrative_unit
                where path like :path and valid_to is null order by depth, code""",
                new MapSqlParameterSource("path", unit.path() + "%"),
                (rs, n) -> new U(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                        (Long) rs.getObject("parent_id")));
        Map<Long, List<UnitRow>> children = new LinkedHashMap<>();
        for (U u : rows) {
            if (u.parentId() != null && u.id() != unit.id()) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(new UnitRow(u.id(), u.code(), u.name()));
            }
        }
        return new Tree(node(unit.id(), children), children);
    }

    private static RollUp.Node node(long id, Map<Long, List<UnitRow>> children) {
        List<RollUp.Node> below = new ArrayList<>();
        for (UnitRow child : children.getOrDefault(id, List.of())) below.add(node(child.id(), children));
        return new RollUp.Node(id, below);
    }

    /**
     * The figures of accepted reports for the years, by year, target and unit of today's map: a unit's own, else the
     * sum of the units of the same level it succeeded (the old communes of a merged commune, the provinces of a merged
     * province). Of a unit's reports in a year the annual one counts, else the latest accepted.
     */
    private Map<Integer, Map<String, Map<Long, Figure>>> reported(MapSqlParameterSource params, Tree tree,
                                                                  List<Catalogue.Entry> entries) {
        record V(long current, long origin, int year, String code, Figure figure, boolean annual,
                 java.time.Instant acceptedAt) {

            /** Of a unit's reports in a year the annual one counts, else the latest accepted. */
            boolean better(V other) {
                if (annual != other.annual) return annual;
                return acceptedAt.isAfter(other.acceptedAt);
            }
        }
        Map<String, StrategyTarget> targets = new HashMap<>();
        entries.forEach(e -> targets.put(e.code(), e.target()));
        // From today's units under the one shown back to the units they succeeded, so that a commune reads its own
        // few rows, not the country's. Unsorted and narrow: the best report per unit, year and target is chosen here
        // rather than by the database (sorting the country's 100,000 figures cost more than the rest of the page),
        // and the source and note are read only for the unit shown, the one place they appear.
        Map<String, V> best = new HashMap<>();
        jdbc.query("""
                with recursive origins (unit_id, current_id, level) as (
                    select u.id, u.id, u.level from administrative_unit u
                    where u.path like :path and u.valid_to is null
                  union
                    select l.predecessor_id, o.current_id, o.level from origins o
                    join unit_link l on l.successor_id = o.unit_id and not l.partial
                    join administrative_unit p on p.id = l.predecessor_id and p.valid_to is not null
                )
                select o.current_id, v.unit_id as origin_id, v.year, v.target_code, v.value, v.numerator,
                       v.denominator, v.value_male, v.value_female, v.report_kind = 'ANNUAL' as annual, v.accepted_at,
                       case when v.unit_id = :unit then v.source end as source,
                       case when v.unit_id = :unit then v.note end as note
                from origins o
                join administrative_unit ou on ou.id = o.unit_id and ou.level = o.level
                join indicator_value v on v.unit_id = o.unit_id
                where v.year between :from and :to""", params, rs -> {
            StrategyTarget t = targets.get(rs.getString("target_code"));
            if (t == null) return;
            V v = new V(rs.getLong("current_id"), rs.getLong("origin_id"), rs.getInt("year"),
                    rs.getString("target_code"), Figure.of(t, rs.getBigDecimal("value"), rs.getBigDecimal("numerator"),
                    rs.getBigDecimal("denominator"), rs.getBigDecimal("value_male"), rs.getBigDecimal("value_female"),
                    rs.getString("source"), rs.getString("note")), rs.getBoolean("annual"),
                    rs.getTimestamp("accepted_at").toInstant());
            best.merge(v.origin() + "|" + v.year() + "|" + v.code(), v, (a, b) -> b.better(a) ? b : a);
        });
        java.util.Collection<V> values = best.values();
        Map<Integer, Map<String, Map<Long, Figure>>> own = new HashMap<>();
        Map<Integer, Map<String, Map<Long, List<Figure>>>> carried = new HashMap<>();
        for (V v : values) {
            if (v.current() == v.origin()) {
                own.computeIfAbsent(v.year(), k -> new HashMap<>()).computeIfAbsent(v.code(), k -> new HashMap<>())
                        .put(v.current(), v.figure());
            } else {
                carried.computeIfAbsent(v.year(), k -> new HashMap<>()).computeIfAbsent(v.code(), k -> new HashMap<>())
                        .computeIfAbsent(v.current(), k -> new ArrayList<>()).add(v.figure());
            }
        }
        carried.forEach((year, byCode) -> byCode.forEach((code, byUnit) -> byUnit.forEach((unitId, figures) -> {
            Map<Long, Figure> mine = own.computeIfAbsent(year, k -> new HashMap<>())
                    .computeIfAbsent(code, k -> new HashMap<>());
            if (!mine.containsKey(unitId)) {
                Figure sum = Figure.sum(targets.get(code), figures, "Cộng số liệu của các đơn vị trước sắp xếp");
                if (sum != null) mine.put(unitId, sum);
            }
        })));
        return own;
    }

    private Map<Integer, Map<String, Map<Long, Figure>>> overrides(MapSqlParameterSource params,
                                                                   List<Catalogue.Entry> entries,
                                                                   BiConsumer<String, Long> ownVersions,
                                                                   long unitId, int year) {
        Map<String, StrategyTarget> targets = new HashMap<>();
        entries.forEach(e -> targets.put(e.code(), e.target()));
        Map<Integer, Map<String, Map<Long, Figure>>> result = new HashMap<>();
        jdbc.query("""
                select o.unit_id, o.year, t.code, o.value, o.numerator, o.denominator, o.source, o.note, o.version
                from indicator_override o join indicator_target t on t.id = o.target_id
                join administrative_unit u on u.id = o.unit_id
                where u.path like :path and o.year between :from and :to""", params, rs -> {
            StrategyTarget t = targets.get(rs.getString("code"));
            if (t == null) return;
            if (rs.getLong("unit_id") == unitId && rs.getInt("year") == year) {
                ownVersions.accept(rs.getString("code"), rs.getLong("version"));
            }
            result.computeIfAbsent(rs.getInt("year"), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString("code"), k -> new HashMap<>())
                    .put(rs.getLong("unit_id"), Figure.of(t, rs.getBigDecimal("value"), rs.getBigDecimal("numerator"),
                            rs.getBigDecimal("denominator"), null, null, rs.getString("source"), rs.getString("note")));
        });
        return result;
    }

    /** The nearest local target up the chain, per "code|horizon": a commune follows its province's. */
    private Map<String, LocalGoal> localGoals(List<UnitRef> chain) {
        Map<Long, Integer> depth = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            depth.put(chain.get(i).id(), i);
            names.put(chain.get(i).id(), chain.get(i).fullName());
        }
        Map<String, LocalGoal> goals = new HashMap<>();
        Map<String, Integer> found = new HashMap<>();
        jdbc.query("""
                select l.unit_id, l.horizon, l.value, l.note, t.code, t.target_2025_strict, t.target_2030_strict
                from indicator_local_target l join indicator_target t on t.id = l.target_id
                where l.unit_id in (:units)""", new MapSqlParameterSource("units", depth.keySet()), rs -> {
            String key = rs.getString("code") + "|" + rs.getInt("horizon");
            int d = depth.get(rs.getLong("unit_id"));
            if (found.getOrDefault(key, -1) > d) return;
            found.put(key, d);
            boolean strict = rs.getInt("horizon") == 2025 ? rs.getBoolean("target_2025_strict")
                    : rs.getBoolean("target_2030_strict");
            goals.put(key, new LocalGoal(new Catalogue.Goal(Catalogue.strip(rs.getBigDecimal("value")), strict, null),
                    names.get(rs.getLong("unit_id")), rs.getString("note")));
        });
        return goals;
    }
}
