package vn.kehoach.roster.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.Sector;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;
import vn.kehoach.shared.web.PageResult;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.kehoach.roster.domain.AgencyTemplating.later;

/**
 * Agencies of the units. A user reads the agencies of their own unit, the units below it and the units above it (to
 * address reports); a unit administrator changes those of their own subtree; a system administrator all.
 */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    private static final RowMapper<AgencySummary> SUMMARY = (rs, n) -> new AgencySummary(
            rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
            AgencyKind.valueOf(rs.getString("kind")), Sector.valueOf(rs.getString("sector")), rs.getInt("sort_order"),
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
            rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("unit_path"),
            UnitLevel.valueOf(rs.getString("unit_level")), rs.getBoolean("focal"));

    private static final String SELECT = """
            select a.id, a.name, a.short_name, a.kind, a.sector, a.sort_order, a.valid_from, a.valid_to,
                   u.id as unit_id, u.code as unit_code, u.full_name as unit_name, u.path as unit_path,
                   u.level as unit_level,
                   exists (select 1 from focal_agency f where f.agency_id = a.id and f.unit_id = a.unit_id
                           and f.valid_from <= :today and (f.valid_to is null or f.valid_to >= :today)) as focal
            from agency a join administrative_unit u on u.id = a.unit_id""";

    private final AgencyRepository agencies;
    private final AdministrativeUnitRepository units;
    private final FocalAgencyRepository focals;
    private final AgencyTemplateRepository templates;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final FocalAgencies focalAgencies;
    private final AgencyTemplating templating;

    AgencyService(AgencyRepository agencies, AdministrativeUnitRepository units, FocalAgencyRepository focals,
                  AgencyTemplateRepository templates, NamedParameterJdbcTemplate jdbc, AuditTrail audit,
                  Clock clock, FocalAgencies focalAgencies, AgencyTemplating templating) {
        this.agencies = agencies;
        this.units = units;
        this.focals = focals;
        this.templates = templates;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.focalAgencies = focalAgencies;
        this.templating = templating;
    }

    /** Agencies the user may see, filtered and paged in the database (two statements). */
    public PageResult<AgencySummary> search(CurrentUser user, AgencySearch search) {
        StringBuilder where = new StringBuilder(" where true");
        MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today()));
        if (search.unitId() != null) {
            UnitRef unit = readableUnit(user, search.unitId());
            if (search.withSubtree()) {
                where.append(" and u.path like :under");
                params.addValue("under", VietnameseText.likeEscape(unit.path()) + "%");
            } else {
                where.append(" and a.unit_id = :unitId");
                params.addValue("unitId", unit.id());
            }
        }
        appendScope(user, where, params);
        if (search.kind() != null) {
            where.append(" and a.kind = :kind");
            params.addValue("kind", search.kind().name());
        }
        if (search.activeAt() != null) {
            where.append(" and a.valid_from <= :at and (a.valid_to is null or a.valid_to >= :at)");
            params.addValue("at", Date.valueOf(search.activeAt()));
        }
        String q = VietnameseText.clean(search.q());
        if (q != null && !q.isEmpty()) {
            where.append(" and (f_unaccent(a.name) like :pattern or f_unaccent(a.short_name) = :folded)");
            params.addValue("pattern", "%" + VietnameseText.likeEscape(VietnameseText.fold(q)) + "%");
            params.addValue("folded", VietnameseText.fold(q));
        }
        Long total = jdbc.queryForObject("select count(*) from agency a join administrative_unit u on u.id = a.unit_id"
                + where, params, Long.class);
        params.addValue("limit", search.size()).addValue("offset", (long) search.page() * search.size());
        List<AgencySummary> rows = jdbc.query(SELECT + where
                + " order by u.depth, u.full_name, a.sort_order, a.name limit :limit offset :offset", params, SUMMARY);
        return new PageResult<>(rows, total == null ? 0 : total, search.page(), search.size());
    }

    /** Restricts a query on {@code u} (the agency's unit) to what the user may read. */
    private static void appendScope(CurrentUser user, StringBuilder where, MapSqlParameterSource params) {
        if (user.isSystemAdmin()) return;
        where.append(" and (");
        List<String> scopes = user.scopePaths();
        for (int i = 0; i < scopes.size(); i++) {
            where.append("u.path like :scope").append(i).append(" or ");
            params.addValue("scope" + i, VietnameseText.likeEscape(scopes.get(i)) + "%");
        }
        // The units above the user's own: their agencies receive the user's reports.
        where.append(":ownPath like u.path || '%')");
        params.addValue("ownPath", user.unitPath() == null ? "" : user.unitPath());
    }

    public AgencySummary get(CurrentUser user, long id) {
        List<AgencySummary> found = jdbc.query(SELECT + " where a.id = :id",
                new MapSqlParameterSource("id", id).addValue("today", Date.valueOf(today())), SUMMARY);
        if (found.isEmpty() || !canRead(user, found.get(0).unitPath())) throw new NotFoundException("agency", id);
        return found.get(0);
    }

    public long versionOf(long id) {
        return agencies.findById(id).map(Agency::getVersion).orElseThrow(() -> new NotFoundException("agency", id));
    }

    public static boolean canRead(CurrentUser user, String unitPath) {
        return user.covers(unitPath) || user.isBelow(unitPath);
    }

    public static boolean canManage(CurrentUser user, String unitPath) {
        return user.isSystemAdmin() || (user.has(Role.UNIT_ADMIN) && user.covers(unitPath));
    }

    /** A unit whose agencies the user may read; 404 otherwise, so ids of other provinces reveal nothing. */
    public UnitRef readableUnit(CurrentUser user, long unitId) {
        AdministrativeUnit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (!canRead(user, unit.getPath())) throw new NotFoundException("unit", unitId);
        return unit.toRef();
    }

    /** A unit whose agencies the user may change. */
    public UnitRef manageableUnit(CurrentUser user, long unitId) {
        UnitRef unit = readableUnit(user, unitId);
        if (!canManage(user, unit.path())) throw new AccessDeniedException("not an administrator of this unit");
        return unit;
    }

    @Transactional
    public long create(CurrentUser user, AgencyCommand command) {
        UnitRef unit = manageableUnit(user, command.unitId());
        LocalDate from = command.validFrom() == null ? later(today(), unit.validFrom()) : command.validFrom();
        checkNameFree(unit.id(), command.name(), from, command.validTo(), null);
        Agency agency = new Agency(unit.id(), command.name(), command.shortName(), command.kind(), command.sector(),
                command.sortOrder(), from, command.validTo(), clock.instant());
        long id = agencies.save(agency).getId();
        audit.record(AuditEntry.of(AuditAction.AGENCY_CREATED, user).object(id).unit(unit.id())
                .summary(agency.getName()).after(values(agency)));
        return id;
    }

    @Transactional
    public void update(CurrentUser user, long id, long version, AgencyCommand command) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("agency", id));
        UnitRef unit = manageableUnit(user, agency.getUnitId());
        if (agency.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Agency.class, id);
        }
        LocalDate from = command.validFrom() == null ? agency.getValidFrom() : command.validFrom();
        checkNameFree(unit.id(), command.name(), from, command.validTo(), id);
        Map<String, Object> before = values(agency);
        agency.update(command.name(), command.shortName(), command.kind(), command.sector(), command.sortOrder(),
                from, command.validTo());
        audit.record(AuditEntry.of(AuditAction.AGENCY_UPDATED, user).object(id).unit(unit.id())
                .summary(agency.getName()).before(before).after(values(agency)));
    }

    /** An agency as the audit trail keeps it. */
    private static Map<String, Object> values(Agency agency) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", agency.getName());
        values.put("shortName", agency.getShortName());
        values.put("kind", agency.getKind().name());
        values.put("sector", agency.getSector().name());
        values.put("sortOrder", agency.getSortOrder());
        values.put("validFrom", String.valueOf(agency.getValidFrom()));
        values.put("validTo", agency.getValidTo() == null ? null : agency.getValidTo().toString());
        values.put("successorId", agency.getSuccessorId());
        return values;
    }

    /** Closes an agency from a date; its focal role, if any, ends with it. */
    @Transactional
    public void close(CurrentUser user, long id, LocalDate effectiveOn, Long successorId) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("agency", id));
        manageableUnit(user, agency.getUnitId());
        if (effectiveOn.isBefore(agency.getValidFrom().plusDays(1))) {
            throw new BusinessRuleException("roster.agency.closeBeforeStart");
        }
        if (successorId != null) {
            Agency successor = agencies.findById(successorId)
                    .orElseThrow(() -> new NotFoundException("agency", successorId));
            manageableUnit(user, successor.getUnitId());
        }
        Map<String, Object> before = values(agency);
        agency.close(effectiveOn, successorId);
        audit.record(AuditEntry.of(AuditAction.AGENCY_CLOSED, user).object(id).unit(agency.getUnitId())
                .summary(agency.getName()).before(before).after(values(agency)));
        focalAgencies.endWith(agency, effectiveOn);
    }

    /** Makes an agency the unit's focal agency from a date; the previous one's term ends the day before. */
    @Transactional
    public void makeFocal(CurrentUser user, long agencyId, LocalDate from) {
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("agency", agencyId));
        manageableUnit(user, agency.getUnitId());
        focalAgencies.makeFocal(user, agency, from);
    }

    public List<FocalTerm> focalHistory(long unitId) {
        return focalAgencies.history(unitId);
    }

    public record FocalTerm(long agencyId, String agencyName, LocalDate validFrom, LocalDate validTo) {
    }

    /**
     * Creates the usual agencies of the unit's level that it does not have yet, over the unit's whole life (a
     * pre-2025 province gets its Sở LĐTBXH until 28/02/2025, …); returns how many were created.
     */
    @Transactional
    public int applyTemplates(CurrentUser user, long unitId) {
        manageableUnit(user, unitId);
        AdministrativeUnit unit = units.findById(unitId).orElseThrow();
        int created = templating.applyTemplates(unit, unit.getValidFrom());
        if (created > 0) {
            audit.record(AuditEntry.of(AuditAction.AGENCIES_FROM_TEMPLATES, user).object(unitId).unit(unitId)
                    .summary(String.valueOf(created)));
        }
        return created;
    }

    public List<AgencyTemplate> templatesFor(UnitRef unit) {
        LocalDate on = later(today(), unit.validFrom());
        return templates.findByLevelOrderBySortOrder(unit.level()).stream().filter(t -> t.appliesAt(on)).toList();
    }

    // --- for other modules (through Agencies) ---------------------------------------------------------------------

    public Optional<AgencyRef> findRef(long id) {
        return agencies.findById(id).map(this::toRef);
    }

    public List<AgencyRef> findRefs(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        List<Agency> found = agencies.findByIdIn(ids);
        var unitById = units.findByIdIn(found.stream().map(Agency::getUnitId).distinct().toList()).stream()
                .collect(Collectors.toMap(AdministrativeUnit::getId, u -> u));
        return found.stream().map(a -> toRef(a, unitById.get(a.getUnitId()))).toList();
    }

    public List<AgencyRef> activeOf(long unitId, LocalDate date) {
        AdministrativeUnit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        return agencies.findByUnitIdOrderBySortOrderAscNameAsc(unitId).stream().filter(a -> a.activeAt(date))
                .map(a -> toRef(a, unit)).toList();
    }

    /**
     * The agency itself if active on the date, else the agency that took over its work (following successors through
     * several reorganisations), if any is active then.
     */
    public Optional<AgencyRef> carriedOnAt(long agencyId, LocalDate date) {
        Set<Long> seen = new HashSet<>();
        Optional<Agency> cursor = agencies.findById(agencyId);
        while (cursor.isPresent() && seen.add(cursor.get().getId())) {
            Agency agency = cursor.get();
            if (agency.activeAt(date)) return Optional.of(toRef(agency));
            if (agency.getSuccessorId() == null) return Optional.empty();
            cursor = agencies.findById(agency.getSuccessorId());
        }
        return Optional.empty();
    }

    public Optional<AgencyRef> focalAt(long unitId, LocalDate date) {
        return focals.findAt(unitId, date).flatMap(f -> findRef(f.getAgencyId()));
    }

    private AgencyRef toRef(Agency agency) {
        return toRef(agency, units.findById(agency.getUnitId()).orElseThrow());
    }

    private static AgencyRef toRef(Agency a, AdministrativeUnit unit) {
        return new AgencyRef(a.getId(), a.getName(), a.getShortName(), a.getKind(), a.getSector(), a.getSortOrder(),
                a.getValidFrom(), a.getValidTo(), unit.getId(), unit.getCode(), unit.getFullName(), unit.getPath(),
                unit.getLevel());
    }

    private void checkNameFree(long unitId, String name, LocalDate from, LocalDate to, Long exceptId) {
        boolean clash = agencies.findByUnitIdOrderBySortOrderAscNameAsc(unitId).stream()
                .filter(a -> !a.getId().equals(exceptId))
                .filter(a -> VietnameseText.toneKey(a.getName()).equals(VietnameseText.toneKey(name)))
                .anyMatch(a -> !a.getValidFrom().isAfter(to == null ? LocalDate.MAX : to)
                        && (a.getValidTo() == null || !a.getValidTo().isBefore(from)));
        if (clash) throw new BusinessRuleException("roster.agency.nameTaken", name);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
