package vn.kehoach.roster.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitSearch;
import vn.kehoach.roster.UnitSummary;
import vn.kehoach.roster.UnitType;
import vn.kehoach.shared.cache.ReferenceCache;
import vn.kehoach.shared.cache.ReferenceCaches;
import vn.kehoach.shared.db.UnitPaths;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;
import vn.kehoach.shared.web.PageResult;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading and keeping administrative units. Units are reference data every signed-in user may read; only a system
 * administrator changes them.
 */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private static final RowMapper<UnitSummary> SUMMARY = (rs, n) -> new UnitSummary(
            rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("full_name"),
            UnitType.valueOf(rs.getString("type")), UnitLevel.valueOf(rs.getString("level")),
            (Long) rs.getObject("parent_id"), rs.getString("parent_code"), rs.getString("parent_name"),
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));

    /**
     * Below this many letters a search cannot use the trigram index and reads every unit of the roster: what the
     * autocomplete sends after the first keystrokes, the same few prefixes for everyone.
     */
    private static final int SHORT = 3;

    private final AdministrativeUnitRepository units;
    private final UnitLinkRepository links;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    /** Pages of short searches, kept until the roster changes (its revision, moved by any write to units). */
    private final ReferenceCache<UnitSearch, PageResult<UnitSummary>> shortSearches;

    UnitService(AdministrativeUnitRepository units, UnitLinkRepository links, NamedParameterJdbcTemplate jdbc,
                AuditTrail audit, Clock clock, ReferenceCaches caches) {
        this.units = units;
        this.links = links;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.shortSearches = caches.create("roster.shortUnitSearches", 2_000, "roster");
    }

    /**
     * One page of units, in Vietnamese alphabetical order, in one statement whatever the size of the roster (the
     * total comes with the rows; a second statement counts only when the page asked for lies past the last unit).
     */
    public PageResult<UnitSummary> search(UnitSearch search) {
        String q = VietnameseText.clean(search.q());
        boolean isShort = q != null && !q.isEmpty() && VietnameseText.fold(q).length() < SHORT;
        return isShort ? shortSearches.get(search, this::find) : find(search);
    }

    private PageResult<UnitSummary> find(UnitSearch search) {
        StringBuilder where = new StringBuilder(" where true");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (search.at() != null) {
            where.append(" and u.valid_from <= :at and (u.valid_to is null or u.valid_to >= :at)");
            params.addValue("at", Date.valueOf(search.at()));
        }
        if (search.level() != null) {
            where.append(" and u.level = :level");
            params.addValue("level", search.level().name());
        }
        if (search.type() != null) {
            where.append(" and u.type = :type");
            params.addValue("type", search.type().name());
        }
        if (search.parentId() != null) {
            where.append(" and u.parent_id = :parentId");
            params.addValue("parentId", search.parentId());
        }
        if (search.within() != null) {
            List<String> paths = search.within().paths();
            where.append(" and (false");
            for (int i = 0; i < paths.size(); i++) {
                where.append(" or (").append(UnitPaths.under("u.path", "under" + i, paths.get(i), params));
                if (!search.within().includeRoots()) where.append(" and u.path <> :under").append(i);
                where.append(')');
            }
            where.append(')');
        }
        String q = VietnameseText.clean(search.q());
        if (q != null && !q.isEmpty()) {
            String folded = VietnameseText.fold(q);
            // A pattern too short for trigrams is matched on an expression the index does not cover: a statement's
            // generic plan would otherwise take the index for it, which then rechecks every unit.
            where.append(folded.length() < SHORT
                    ? " and ((u.search_name || '') like :pattern or u.code = :code)"
                    : " and (u.search_name like :pattern or u.code = :code)");
            params.addValue("pattern", "%" + VietnameseText.likeEscape(folded) + "%");
            params.addValue("code", q);
        }
        params.addValue("limit", search.size()).addValue("offset", (long) search.page() * search.size());
        long[] total = {-1};
        List<UnitSummary> rows = jdbc.query("""
                select u.id, u.code, u.name, u.full_name, u.type, u.level, u.parent_id, u.valid_from, u.valid_to,
                       p.code as parent_code, p.full_name as parent_name, count(*) over () as total_rows
                from administrative_unit u left join administrative_unit p on p.id = u.parent_id""" + where
                + " order by u.full_name, u.code, u.valid_from desc limit :limit offset :offset", params, (rs, n) -> {
                    total[0] = rs.getLong("total_rows");
                    return SUMMARY.mapRow(rs, n);
                });
        if (total[0] < 0) {
            Long count = search.page() == 0
                    ? Long.valueOf(0)
                    : jdbc.queryForObject("select count(*) from administrative_unit u" + where, params, Long.class);
            total[0] = count == null ? 0 : count;
        }
        return new PageResult<>(rows, total[0], search.page(), search.size());
    }

    public UnitRef get(long id) {
        return units.findById(id).map(AdministrativeUnit::toRef).orElseThrow(() -> new NotFoundException("unit", id));
    }

    public Optional<UnitRef> findByCodeAt(String code, LocalDate date) {
        return units.findByCodeAt(code, date).map(AdministrativeUnit::toRef);
    }

    /** The unit's ancestors from the root down to the unit itself. */
    public List<UnitRef> chain(UnitRef unit) {
        return units.findChain(unit.path()).stream().map(AdministrativeUnit::toRef).toList();
    }

    public long versionOf(long id) {
        return units.findById(id).map(AdministrativeUnit::getVersion)
                .orElseThrow(() -> new NotFoundException("unit", id));
    }

    public long countChildren(long unitId) {
        return units.countChildren(unitId);
    }

    public List<UnitRef> findAll(Collection<Long> ids) {
        return units.findByIdIn(ids).stream().map(AdministrativeUnit::toRef).toList();
    }

    /** Links in and out of a unit, with the units at their other end, for its history panel. */
    public UnitHistory history(long unitId) {
        List<UnitLink> before = links.findBySuccessorId(unitId);
        List<UnitLink> after = links.findByPredecessorId(unitId);
        List<Long> ids = new ArrayList<>();
        before.forEach(l -> ids.add(l.getPredecessorId()));
        after.forEach(l -> ids.add(l.getSuccessorId()));
        Map<Long, UnitRef> byId = findAll(ids).stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
        return new UnitHistory(
                before.stream().map(l -> new UnitHistory.Entry(byId.get(l.getPredecessorId()), l)).toList(),
                after.stream().map(l -> new UnitHistory.Entry(byId.get(l.getSuccessorId()), l)).toList());
    }

    /** The units this one was formed from (through confirmed links, however far back) that were valid on the date. */
    public List<UnitRef> predecessorsAt(long unitId, LocalDate date) {
        List<Long> ids = links.findPredecessorIds(unitId);
        return ids.isEmpty() ? List.of() : findAll(ids).stream().filter(u -> u.validAt(date)).toList();
    }

    /** The unit's own path and those of every unit it succeeded (confirmed links), for the user's data scope. */
    public List<String> scopePaths(long unitId) {
        UnitRef unit = get(unitId);
        List<String> paths = new ArrayList<>();
        paths.add(unit.path());
        links.findPredecessorPaths(unitId).stream().filter(p -> !paths.contains(p)).forEach(paths::add);
        return paths;
    }

    @Transactional
    public UnitRef create(CurrentUser user, UnitCommand command) {
        Access.requireSystemAdmin(user);
        AdministrativeUnit parent = command.parentId() == null
                ? units.findCentral().orElseThrow()
                : units.findById(command.parentId())
                        .orElseThrow(() -> new NotFoundException("unit", command.parentId()));
        checkParentLevel(parent, command.type());
        checkCodeFree(command.code(), command.validFrom(), command.validTo(), null);
        AdministrativeUnit unit = AdministrativeUnit.create(units.nextId(), parent, command.code(), command.name(),
                command.fullName(), command.nameEn(), command.type(), command.validFrom(), command.validTo(),
                clock.instant());
        UnitRef created = units.save(unit).toRef();
        audit.record(AuditEntry.of(AuditAction.UNIT_CREATED, user).object(created.id()).unit(created.id())
                .summary(created.fullName()).after(created));
        return created;
    }

    @Transactional
    public UnitRef update(CurrentUser user, long id, long version, UnitCommand command) {
        Access.requireSystemAdmin(user);
        AdministrativeUnit unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
        if (unit.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(AdministrativeUnit.class, id);
        }
        if (!unit.getCode().equals(command.code())) throw new BusinessRuleException("roster.unit.codeImmutable");
        checkCodeFree(command.code(), command.validFrom(), command.validTo(), id);
        UnitRef before = unit.toRef();
        unit.rename(command.name(), command.fullName(), command.nameEn(), command.type());
        unit.changeValidity(command.validFrom(), command.validTo());
        UnitRef after = unit.toRef();
        audit.record(AuditEntry.of(AuditAction.UNIT_UPDATED, user).object(id).unit(id).summary(after.fullName())
                .before(before).after(after));
        return after;
    }

    private void checkParentLevel(AdministrativeUnit parent, UnitType type) {
        UnitLevel child = type.level();
        boolean ok = switch (child) {
            case CENTRAL -> false;
            case PROVINCE -> parent.getLevel() == UnitLevel.CENTRAL;
            case DISTRICT -> parent.getLevel() == UnitLevel.PROVINCE;
            case COMMUNE -> parent.getLevel() == UnitLevel.PROVINCE || parent.getLevel() == UnitLevel.DISTRICT;
        };
        if (!ok) throw new BusinessRuleException("roster.unit.wrongParentLevel");
    }

    private void checkCodeFree(String code, LocalDate from, LocalDate to, Long exceptId) {
        boolean overlaps = units.findByCodeOrderByValidFromDesc(code).stream()
                .filter(u -> !u.getId().equals(exceptId))
                .anyMatch(u -> !u.getValidFrom().isAfter(to == null ? LocalDate.MAX : to)
                        && (u.getValidTo() == null || !u.getValidTo().isBefore(from)));
        if (overlaps) throw new BusinessRuleException("roster.unit.codeTaken", code);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
