package vn.kehoach.indicator.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.InputText;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's own figure for a target and year, used instead of the sum of the units below (the statistics office's
 * figure for the province, say), always with the reason. Set by the unit's own focal staff.
 */
@Service
@Transactional
public class Overrides {

    private final NamedParameterJdbcTemplate jdbc;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    Overrides(NamedParameterJdbcTemplate jdbc, Catalogue catalogue, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    public record OverrideContent(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String source,
                                  String note) {
    }

    public static boolean canOverride(CurrentUser user, UnitRef unit) {
        return user.isSystemAdmin()
                || unit.id() == (user.unitId() == null ? -1 : user.unitId())
                        && user.hasAny(Role.REVIEWER, Role.DRAFTER);
    }

    /**
     * Sets the unit's figure, if it is still as the user saw it: {@code expectedVersion} null when there was none.
     *
     * @throws StaleEditException when someone set, changed or cleared it meanwhile (nothing is written)
     */
    public void set(CurrentUser user, UnitRef unit, String code, int year, OverrideContent content,
                    Long expectedVersion) {
        if (!canOverride(user, unit)) throw new AccessDeniedException("not the unit's own staff");
        Catalogue.Entry entry = entry(code);
        StrategyTarget target = entry.target();
        if (content.note() == null || content.note().isBlank())
            throw new BusinessRuleException("indicator.override.noteRequired");
        boolean parts = content.numerator() != null || content.denominator() != null;
        if (target.hasParts()) {
            if (content.numerator() == null || content.denominator() == null) {
                throw new BusinessRuleException("indicator.override.partsRequired");
            }
            if (content.denominator().signum() <= 0) throw new BusinessRuleException("indicator.override.denominator");
            if (content.numerator().signum() < 0) throw new BusinessRuleException("indicator.override.negative");
            if (target.measure() == StrategyTarget.Measure.RATE
                    && content.numerator().compareTo(content.denominator()) > 0) {
                throw new BusinessRuleException("indicator.override.numeratorAbove");
            }
        } else if (content.value() == null || parts) {
            throw new BusinessRuleException("indicator.override.valueRequired");
        } else if (content.value().signum() < 0) {
            throw new BusinessRuleException("indicator.override.negative");
        }
        Map<String, Object> before = current(unit, entry, year);
        MapSqlParameterSource params = new MapSqlParameterSource("unit", unit.id()).addValue("target", entry.id())
                .addValue("year", year)
                .addValue("value", target.hasParts() ? null : content.value())
                .addValue("num", target.hasParts() ? content.numerator() : null)
                .addValue("den", target.hasParts() ? content.denominator() : null)
                .addValue("source", InputText.blankToNull(content.source())).addValue("note", content.note().strip())
                .addValue("at", Timestamp.from(clock.instant())).addValue("by", user.username())
                .addValue("expected", expectedVersion);
        int written = expectedVersion == null
                ? jdbc.update("""
                        insert into indicator_override (unit_id, target_id, year, value, numerator, denominator, source,
                                                        note, updated_at, updated_by)
                        values (:unit, :target, :year, :value, :num, :den, :source, :note, :at, :by)
                        on conflict (unit_id, target_id, year) do nothing""", params)
                : jdbc.update("""
                        update indicator_override set value = :value, numerator = :num, denominator = :den,
                            source = :source, note = :note, updated_at = :at, updated_by = :by, version = version + 1
                        where unit_id = :unit and target_id = :target and year = :year and version = :expected""",
                        params);
        if (written == 0) throw stale(unit, entry, year);
        audit.record(AuditEntry.of(AuditAction.FIGURE_OVERRIDDEN, user).object(code + "/" + year).unit(unit.id())
                .summary(content.note().strip()).before(before).after(current(unit, entry, year)));
    }

    /** Removes the unit's figure, if it is still the version the user saw. */
    public void clear(CurrentUser user, UnitRef unit, String code, int year, long expectedVersion) {
        if (!canOverride(user, unit)) throw new AccessDeniedException("not the unit's own staff");
        Catalogue.Entry entry = entry(code);
        Map<String, Object> before = current(unit, entry, year);
        int removed = jdbc.update("""
                delete from indicator_override
                where unit_id = :unit and target_id = :target and year = :year and version = :expected""",
                new MapSqlParameterSource("unit", unit.id()).addValue("target", entry.id()).addValue("year", year)
                        .addValue("expected", expectedVersion));
        if (removed == 0) throw stale(unit, entry, year);
        audit.record(AuditEntry.of(AuditAction.FIGURE_OVERRIDE_CLEARED, user).object(code + "/" + year)
                .unit(unit.id()).before(before));
    }

    private StaleEditException stale(UnitRef unit, Catalogue.Entry entry, int year) {
        return jdbc.query("""
                select updated_by, version from indicator_override
                where unit_id = :unit and target_id = :target and year = :year""",
                new MapSqlParameterSource("unit", unit.id()).addValue("target", entry.id()).addValue("year", year),
                rs -> rs.next()
                        ? new StaleEditException(rs.getString("updated_by"), rs.getLong("version"))
                        : new StaleEditException(null, null));
    }

    /** The unit's own figure as the audit trail keeps it, or null when it has none. */
    private Map<String, Object> current(UnitRef unit, Catalogue.Entry entry, int year) {
        List<Map<String, Object>> rows = jdbc.query("""
                select value, numerator, denominator, source, note from indicator_override
                where unit_id = :unit and target_id = :target and year = :year""",
                new MapSqlParameterSource("unit", unit.id()).addValue("target", entry.id()).addValue("year", year),
                (rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("value", plain(rs.getBigDecimal("value")));
                    row.put("numerator", plain(rs.getBigDecimal("numerator")));
                    row.put("denominator", plain(rs.getBigDecimal("denominator")));
                    row.put("source", rs.getString("source"));
                    row.put("note", rs.getString("note"));
                    return row;
                });
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private Catalogue.Entry entry(String code) {
        List<Catalogue.Entry> all = catalogue.entries(false);
        return all.stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("target", code));
    }

}
