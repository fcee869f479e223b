package vn.kehoach.indicator.domain;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.NotFoundException;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The targets a province or commune sets itself for the strategy's 2025 and 2030 horizons, instead of the national
 * ones (see {@link AttainmentService}: a commune without its own follows its province's). Whoever covers the unit reads
 * them; the unit's own drafters, reviewers and administrators, and system administrators, set them.
 */
@Service
@Transactional(readOnly = true)
public class LocalTargets {

    private static final List<Integer> HORIZONS = List.of(2025, 2030);

    /** Largest value numeric(12, 2) holds. */
    private static final BigDecimal LIMIT = new BigDecimal("10000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NamedParameterJdbcTemplate jdbc;
    private final Catalogue catalogue;
    private final Units units;
    private final AuditTrail audit;
    private final Clock clock;

    LocalTargets(NamedParameterJdbcTemplate jdbc, Catalogue catalogue, Units units, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The page of a unit's local targets.
     *
     * @param unit     null when no unit was asked for and the user's own unit sets none (a ministry, a system
     *                 administrator): the page only offers the units to choose from
     * @param province for a commune, its province, whose local targets apply while the commune sets none
     * @param version  how many times the unit's local targets were saved: the form's version
     */
    public record Page(UnitRef unit, boolean editable, UnitRef province, List<Row> rows, List<Choice> choices,
                       long version) {
    }

    /** An active target with the unit's own values and the province's (for a commune). */
    public record Row(Catalogue.Entry entry, BigDecimal local2025, BigDecimal local2030, String note,
                      BigDecimal province2025, BigDecimal province2030) {
    }

    public record Choice(long id, String code, String fullName, UnitLevel level) {
    }

    /** What to set for one target: a null value removes the unit's own target for that horizon. */
    public record Change(long targetId, BigDecimal value2025, BigDecimal value2030, String note) {

        BigDecimal value(int horizon) {
            return horizon == 2025 ? value2025 : value2030;
        }
    }

    /** Whether the user may set the unit's local targets. */
    public static boolean canEdit(CurrentUser user, UnitRef unit) {
        if (!setsLocalTargets(unit)) return false;
        if (user.isSystemAdmin()) return true;
        return user.unitId() != null && user.unitId() == unit.id()
                && user.hasAny(Role.DRAFTER, Role.REVIEWER, Role.UNIT_ADMIN);
    }

    private static boolean setsLocalTargets(UnitRef unit) {
        return unit.level() == UnitLevel.PROVINCE || unit.level() == UnitLevel.COMMUNE;
    }

    /** The unit asked for, or the user's own; 404 when the user does not cover it or it sets no local targets. */
    public Page page(CurrentUser user, Long unitId) {
        UnitRef unit = null;
        if (unitId != null) {
            unit = readable(user, unitId);
        } else if (user.unitId() != null) {
            UnitRef own = units.get(user.unitId());
            if (setsLocalTargets(own)) unit = own;
        }
        if (unit == null) return new Page(null, false, null, List.of(), choices(user, null), 0);
        UnitRef province = unit.level() == UnitLevel.COMMUNE
                ? units.chain(unit.id()).stream().filter(u -> u.level() == UnitLevel.PROVINCE).findFirst().orElse(null)
                : null;
        Map<String, BigDecimal> values = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        ids.add(unit.id());
        if (province != null) ids.add(province.id());
        long own = unit.id();
        jdbc.query("""
                select unit_id, target_id, horizon, value, note from indicator_local_target
                where unit_id in (:units) order by horizon desc""", new MapSqlParameterSource("units", ids), rs -> {
            long unitOf = rs.getLong("unit_id");
            long target = rs.getLong("target_id");
            values.put(unitOf + "|" + target + "|" + rs.getInt("horizon"), Catalogue.strip(rs.getBigDecimal("value")));
            // The note is kept on both horizons' rows; the 2025 one is read last and wins.
            if (unitOf == own && rs.getString("note") != null) notes.put(target, rs.getString("note"));
        });
        List<Row> rows = new ArrayList<>();
        for (Catalogue.Entry entry : catalogue.entries(true)) {
            String mine = own + "|" + entry.id() + "|";
            String theirs = province == null ? null : province.id() + "|" + entry.id() + "|";
            rows.add(new Row(entry, values.get(mine + 2025), values.get(mine + 2030), notes.get(entry.id()),
                    theirs == null ? null : values.get(theirs + 2025),
                    theirs == null ? null : values.get(theirs + 2030)));
        }
        UnitRef provinceOfPage = unit.level() == UnitLevel.PROVINCE ? unit : province;
        return new Page(unit, canEdit(user, unit), province, rows,
                choices(user, provinceOfPage == null ? null : provinceOfPage.id()), version(unit.id()).version());
    }

    /**
     * Sets the unit's local targets for the targets named in the changes, in one transaction: when a change is wrong
     * nothing is written and every problem is reported.
     *
     * @param expectedVersion the page's version when the user opened it
     * @throws StaleEditException when someone saved the unit's local targets meanwhile (nothing is written)
     */
    @Transactional
    public void save(CurrentUser user, long unitId, long expectedVersion, List<Change> changes) {
        UnitRef unit = readable(user, unitId);
        if (!canEdit(user, unit)) throw new AccessDeniedException("may not set this unit's local targets");
        List<LocalTargetsRejected.Problem> problems = problems(changes);
        if (!problems.isEmpty()) throw new LocalTargetsRejected(problems);

        Map<String, Object> before = recorded(unitId);
        Timestamp now = Timestamp.from(clock.instant());
        moveVersion(user, unitId, expectedVersion, now);
        write(user, unitId, changes, now);
        Map<String, Object> after = recorded(unitId);
        if (!after.equals(before)) {
            audit.record(AuditEntry.of(AuditAction.LOCAL_TARGETS_SAVED, user).object(unitId).unit(unitId)
                    .summary(unit.fullName()).before(before).after(after));
        }
    }

    /** Every problem with the changes, each tied to its row and field, so the form can show them all at once. */
    private List<LocalTargetsRejected.Problem> problems(List<Change> changes) {
        Map<Long, Catalogue.Entry> active = new HashMap<>();
        catalogue.entries(true).forEach(e -> active.put(e.id(), e));
        List<LocalTargetsRejected.Problem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            Catalogue.Entry entry = active.get(change.targetId());
            if (entry == null || !seen.add(change.targetId())) {
                problems.add(new LocalTargetsRejected.Problem(i, null, "indicator.local.error.targetUnknown"));
                continue;
            }
            for (int horizon : HORIZONS) {
                BigDecimal value = change.value(horizon);
                if (value == null) continue;
                String field = "value" + horizon;
                if (value.signum() < 0 || value.compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 2) {
                    problems.add(new LocalTargetsRejected.Problem(i, field, "indicator.local.error.number"));
                } else if (entry.target().measure() == StrategyTarget.Measure.RATE && value.compareTo(HUNDRED) > 0) {
                    problems.add(new LocalTargetsRejected.Problem(i, field, "indicator.local.error.rateOver100",
                            entry.code()));
                }
            }
            if (change.note() != null && change.value2025() == null && change.value2030() == null) {
                problems.add(new LocalTargetsRejected.Problem(i, "note", "indicator.local.error.noteWithoutValue"));
            }
        }
        return problems;
    }

    /**
     * The page is one form: saving it moves the unit's version, if it is still the one the user opened.
     *
     * @throws StaleEditException when someone saved the unit's local targets meanwhile
     */
    private void moveVersion(CurrentUser user, long unitId, long expectedVersion, Timestamp now) {
        MapSqlParameterSource version = new MapSqlParameterSource("unit", unitId).addValue("expected", expectedVersion)
                .addValue("at", now).addValue("by", user.username());
        int moved = jdbc.update("""
                update indicator_local_target_version set version = version + 1, updated_at = :at, updated_by = :by
                where unit_id = :unit and version = :expected""", version);
        if (moved == 0 && expectedVersion == 0) {
            moved = jdbc.update("""
                    insert into indicator_local_target_version (unit_id, version, updated_at, updated_by)
                    values (:unit, 1, :at, :by) on conflict (unit_id) do nothing""", version);
        }
        if (moved == 0) {
            Version current = version(unitId);
            throw new StaleEditException(current.updatedBy(), current.version());
        }
    }

    /** Writes the changes in two batches: a horizon left empty removes the unit's own target for it. */
    private void write(CurrentUser user, long unitId, List<Change> changes, Timestamp now) {
        List<SqlParameterSource> upserts = new ArrayList<>();
        List<SqlParameterSource> deletes = new ArrayList<>();
        for (Change change : changes) {
            for (int horizon : HORIZONS) {
                MapSqlParameterSource params = new MapSqlParameterSource("unit", unitId)
                        .addValue("target", change.targetId()).addValue("horizon", horizon);
                BigDecimal value = change.value(horizon);
                if (value == null) {
                    deletes.add(params);
                } else {
                    upserts.add(params.addValue("value", value).addValue("note", change.note())
                            .addValue("at", now).addValue("by", user.username()));
                }
            }
        }
        if (!deletes.isEmpty()) {
            jdbc.batchUpdate("""
                    delete from indicator_local_target
                    where unit_id = :unit and target_id = :target and horizon = :horizon""",
                    deletes.toArray(SqlParameterSource[]::new));
        }
        if (!upserts.isEmpty()) {
            // A row left as it was keeps who set it and when.
            jdbc.batchUpdate(
                    """
                            insert into indicator_local_target (unit_id, target_id, horizon, value, note, updated_at, updated_by)
                            values (:unit, :target, :horizon, :value, :note, :at, :by)
                            on conflict (unit_id, target_id, horizon) do update
                            set value = excluded.value, note = excluded.note, updated_at = excluded.updated_at,
                                updated_by = excluded.updated_by
                            where indicator_local_target.value <> excluded.value
                               or indicator_local_target.note is distinct from excluded.note""",
                    upserts.toArray(SqlParameterSource[]::new));
        }
    }

    /** The unit's local targets as the audit trail keeps them: by target code, each horizon's value and the note. */
    private Map<String, Object> recorded(long unitId) {
        Map<String, Object> byCode = new TreeMap<>();
        jdbc.query("""
                select d.code, t.horizon, t.value, t.note from indicator_local_target t
                join indicator_target d on d.id = t.target_id
                where t.unit_id = :unit order by d.code, t.horizon""", new MapSqlParameterSource("unit", unitId),
                (RowCallbackHandler) rs -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> row = (Map<String, Object>) byCode.computeIfAbsent(rs.getString("code"),
                            code -> new LinkedHashMap<String, Object>());
                    row.put(String.valueOf(rs.getInt("horizon")),
                            rs.getBigDecimal("value").stripTrailingZeros().toPlainString());
                    if (rs.getString("note") != null) row.put("note", rs.getString("note"));
                });
        return byCode;
    }

    private record Version(long version, String updatedBy) {
    }

    private Version version(long unitId) {
        return jdbc.query("select version, updated_by from indicator_local_target_version where unit_id = :unit",
                new MapSqlParameterSource("unit", unitId),
                rs -> rs.next() ? new Version(rs.getLong(1), rs.getString(2)) : new Version(0, null));
    }

    private UnitRef readable(CurrentUser user, long unitId) {
        UnitRef unit = units.get(unitId);
        if (!user.covers(unit.path()) || !setsLocalTargets(unit)) throw new NotFoundException("unit", unitId);
        return unit;
    }

    /** Today's provinces the user covers and the communes of the province shown, those the user covers. */
    private List<Choice> choices(CurrentUser user, Long provinceId) {
        record U(Choice choice, String path) {
        }
        List<U> found = jdbc.query("""
                select id, code, full_name, level, path from administrative_unit
                where valid_to is null and (level = 'PROVINCE' or (level = 'COMMUNE' and parent_id = :province))
                order by case when level = 'PROVINCE' then 0 else 1 end, full_name collate "vi-x-icu\"""",
                new MapSqlParameterSource("province", provinceId == null ? -1L : provinceId),
                (rs, n) -> new U(new Choice(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                        UnitLevel.valueOf(rs.getString("level"))), rs.getString("path")));
        return found.stream().filter(u -> user.covers(u.path())).map(U::choice).toList();
    }
}
