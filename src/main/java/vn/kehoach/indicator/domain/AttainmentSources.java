package vn.kehoach.indicator.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.indicator.domain.AttainmentService.LocalGoal;
import vn.kehoach.indicator.domain.AttainmentService.UnitRow;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.shared.text.OfficialText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What an attainment is computed from, each in one statement: today's units below a unit as a tree, the figures of
 * accepted reports carried into today's map, the units' own figures, and the local targets up the chain.
 */
@Component
class AttainmentSources {

    private final NamedParameterJdbcTemplate jdbc;

    AttainmentSources(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Tree(RollUp.Node root, Map<Long, List<UnitRow>> children) {

        List<UnitRow> childrenOf(long id) {
            return children.getOrDefault(id, List.of());
        }
    }

    /** Today's units from the unit down, as a tree. */
    Tree tree(UnitRef unit) {
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
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>())
                        .add(new UnitRow(u.id(), u.code(), u.name()));
            }
        }
        return new Tree(node(unit.id(), children), children);
    }

    private static RollUp.Node node(long id, Map<Long, List<UnitRow>> children) {
        List<RollUp.Node> below = new ArrayList<>();
        for (UnitRow child : children.getOrDefault(id, List.of())) below.add(node(child.id(), children));
        return new RollUp.Node(id, below);
    }

    /** A reported figure of a unit, with what decides which of a unit's reports in a year counts. */
    private record Reported(long current, long origin, int year, String code, Figure figure, boolean annual,
                            Instant acceptedAt) {

        /** Of a unit's reports in a year the annual one counts, else the latest accepted. */
        boolean better(Reported other) {
            if (annual != other.annual) return annual;
            return acceptedAt.isAfter(other.acceptedAt);
        }
    }

    /**
     * The figures of accepted reports for the years, by year, target and unit of today's map: a unit's own, else the
     * sum of the units of the same level it succeeded (the old communes of a merged commune, the provinces of a merged
     * province). Of a unit's reports in a year the annual one counts, else the latest accepted.
     */
    Map<Integer, Map<String, Map<Long, Figure>>> reported(MapSqlParameterSource params, Tree tree,
                                                          List<Catalogue.Entry> entries) {
        Map<String, StrategyTarget> targets = new HashMap<>();
        entries.forEach(e -> targets.put(e.code(), e.target()));
        return carriedIntoTodaysMap(best(params, targets), targets);
    }

    /** The figure that counts per unit (today's or one it succeeded), year and target. */
    private Collection<Reported> best(MapSqlParameterSource params, Map<String, StrategyTarget> targets) {
        // From today's units under the one shown back to the units they succeeded, so that a commune reads its own
        // few rows, not the country's. Unsorted and narrow: the best report per unit, year and target is chosen here
        // rather than by the database (sorting the country's 100,000 figures cost more than the rest of the page),
        // and the source and note are read only for the unit shown, the one place they appear.
        Map<String, Reported> best = new HashMap<>();
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
            Reported v = new Reported(rs.getLong("current_id"), rs.getLong("origin_id"), rs.getInt("year"),
                    rs.getString("target_code"), Figure.of(t, rs.getBigDecimal("value"), rs.getBigDecimal("numerator"),
                            rs.getBigDecimal("denominator"), rs.getBigDecimal("value_male"),
                            rs.getBigDecimal("value_female"),
                            rs.getString("source"), rs.getString("note")),
                    rs.getBoolean("annual"),
                    rs.getTimestamp("accepted_at").toInstant());
            best.merge(v.origin() + "|" + v.year() + "|" + v.code(), v, (a, b) -> b.better(a) ? b : a);
        });
        return best.values();
    }

    /**
     * By year, target and unit of today's map: a unit's own figure, else the sum of the units of the same level it
     * succeeded (the old communes of a merged commune, the provinces of a merged province).
     */
    private static Map<Integer, Map<String, Map<Long, Figure>>> carriedIntoTodaysMap(Collection<Reported> values,
                                                                                     Map<String, StrategyTarget> targets) {
        Map<Integer, Map<String, Map<Long, Figure>>> own = new HashMap<>();
        Map<Integer, Map<String, Map<Long, List<Figure>>>> carried = new HashMap<>();
        for (Reported v : values) {
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
                Figure sum = Figure.sum(targets.get(code), figures, OfficialText.of("indicator.figure.mergedUnits"));
                if (sum != null) mine.put(unitId, sum);
            }
        })));
        return own;
    }

    Map<Integer, Map<String, Map<Long, Figure>>> overrides(MapSqlParameterSource params,
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
    Map<String, LocalGoal> localGoals(List<UnitRef> chain) {
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
            boolean strict = rs.getInt("horizon") == 2025
                    ? rs.getBoolean("target_2025_strict")
                    : rs.getBoolean("target_2030_strict");
            goals.put(key, new LocalGoal(new Catalogue.Goal(Catalogue.strip(rs.getBigDecimal("value")), strict, null),
                    names.get(rs.getLong("unit_id")), rs.getString("note")));
        });
        return goals;
    }
}
