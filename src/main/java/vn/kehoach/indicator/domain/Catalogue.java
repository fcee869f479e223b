package vn.kehoach.indicator.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.plan.StrategyTargets;
import vn.kehoach.shared.cache.ReferenceCache;
import vn.kehoach.shared.cache.ReferenceCaches;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the catalogue: for plans and reports (through {@link StrategyTargets}) and for the indicator pages, with the
 * national 2025 and 2030 values.
 */
@Component
@Transactional(readOnly = true)
public class Catalogue implements StrategyTargets {

    private static final String SELECT = """
            select t.id, t.code, t.goal_no, g.title as goal_title, t.wording, t.wording_confirmed, t.unit, t.measure,
                   t.scale, t.direction, t.by_sex, t.numerator_label, t.denominator_label, t.target_2025,
                   t.target_2025_strict, t.target_2025_text, t.target_2030, t.target_2030_strict, t.target_2030_text,
                   t.source, t.active, t.position
            from indicator_target t join indicator_goal g on g.no = t.goal_no""";

    private static final String ORDER = " order by t.goal_no, t.position, t.code";

    /** The kind of data of {@link vn.kehoach.shared.cache.ReferenceRevisions} that the catalogue's triggers move. */
    private static final String REVISION = "catalogue";

    private final NamedParameterJdbcTemplate jdbc;
    /** The whole catalogue (some fifty targets, read by every report page), kept while it is unchanged. */
    private final ReferenceCache<Boolean, List<Entry>> everything;
    private final ReferenceCache<Boolean, List<GoalRow>> goals;

    Catalogue(NamedParameterJdbcTemplate jdbc, ReferenceCaches caches) {
        this.jdbc = jdbc;
        this.everything = caches.create("indicator.catalogue", 1, REVISION);
        this.goals = caches.create("indicator.goals", 1, REVISION);
    }

    private List<Entry> everything() {
        return everything.get(Boolean.TRUE, all -> List.copyOf(jdbc.query(SELECT + ORDER, MAPPER)));
    }

    /** A catalogue entry with the national targets. */
    public record Entry(long id, StrategyTarget target, BigDecimal target2025, boolean strict2025, String text2025,
                        BigDecimal target2030, boolean strict2030, String text2030, String source, boolean active,
                        int position) {

        public String code() {
            return target.code();
        }

        /** The national target of the strategy horizon a year falls in: 2025 up to 2025, 2030 after. */
        public Goal nationalFor(int year) {
            return year <= 2025
                    ? new Goal(target2025, strict2025, text2025)
                    : new Goal(target2030, strict2030, text2030);
        }
    }

    /** A target figure: "dưới 30%" is 30 strict. */
    public record Goal(BigDecimal value, boolean strict, String text) {
    }

    public record GoalRow(int no, String title) {
    }

    /** Every entry, in use or not, in catalogue order. */
    public List<Entry> entries(boolean activeOnly) {
        return activeOnly ? everything().stream().filter(Entry::active).toList() : everything();
    }

    public List<GoalRow> goals() {
        return goals.get(Boolean.TRUE, all -> List.copyOf(jdbc.query("select no, title from indicator_goal order by no",
                (rs, n) -> new GoalRow(rs.getInt("no"), rs.getString("title")))));
    }

    @Override
    public List<StrategyTarget> all() {
        return entries(true).stream().map(Entry::target).toList();
    }

    @Override
    public Map<String, StrategyTarget> byCode(Collection<String> codes) {
        Map<String, StrategyTarget> found = new LinkedHashMap<>();
        if (codes.isEmpty()) return found;
        everything().stream().filter(e -> codes.contains(e.code())).forEach(e -> found.put(e.code(), e.target()));
        return found;
    }

    private static final RowMapper<Entry> MAPPER = (rs, n) -> new Entry(rs.getLong("id"),
            new StrategyTarget(rs.getString("code"), rs.getInt("goal_no"), rs.getString("goal_title"),
                    rs.getString("wording"), rs.getBoolean("wording_confirmed"), rs.getString("unit"),
                    StrategyTarget.Measure.valueOf(rs.getString("measure")), rs.getBigDecimal("scale"),
                    StrategyTarget.Direction.valueOf(rs.getString("direction")), rs.getBoolean("by_sex"),
                    rs.getString("numerator_label"), rs.getString("denominator_label")),
            strip(rs.getBigDecimal("target_2025")), rs.getBoolean("target_2025_strict"),
            rs.getString("target_2025_text"),
            strip(rs.getBigDecimal("target_2030")), rs.getBoolean("target_2030_strict"),
            rs.getString("target_2030_text"),
            rs.getString("source"), rs.getBoolean("active"), rs.getInt("position"));

    static BigDecimal strip(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros();
    }
}
