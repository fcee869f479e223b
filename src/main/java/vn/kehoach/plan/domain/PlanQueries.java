package vn.kehoach.plan.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.DescribedPlan;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.cache.ReferenceCache;
import vn.kehoach.shared.cache.ReferenceCaches;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading plans: one plan in full, lists and search, what a unit has to implement, and how far the units below have
 * implemented a plan. Every read is limited to what the user may see.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    static final RowMapper<PlanSummary> SUMMARY = (rs, n) -> new PlanSummary(rs.getLong("id"),
            PlanStatus.valueOf(rs.getString("status")), rs.getInt("year"), rs.getString("title"),
            rs.getString("number"), rs.getString("symbol"), rs.getObject("issued_on", LocalDate.class),
            rs.getInt("revision"), rs.getLong("issuer_unit_id"), rs.getString("unit_code"),
            rs.getString("unit_name"), rs.getString("agency_name"), (Long) rs.getObject("parent_plan_id"),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getObject("amends_id") == null
                    ? null
                    : new PlanSummary.Amended(rs.getLong("amends_id"), rs.getString("amends_number"),
                            rs.getString("amends_symbol"), rs.getObject("amends_issued_on", LocalDate.class)));

    static final String COLUMNS = """
            select p.id, p.status, p.year, p.title, p.number, p.symbol, p.issued_on, p.revision, p.issuer_unit_id,
                   p.parent_plan_id, p.updated_at, u.code as unit_code, u.full_name as unit_name, a.name as agency_name,
                   ap.id as amends_id, ap.number as amends_number, ap.symbol as amends_symbol,
                   ap.issued_on as amends_issued_on""";

    /** The issuing unit and agency, and the plan an amendment amends (by its primary key). */
    static final String JOINS = " join administrative_unit u on u.id = p.issuer_unit_id join agency a on a.id = p.issuer_agency_id"
            + " left join plan ap on ap.id = p.amends_plan_id";

    static final String SELECT = COLUMNS + " from plan p" + JOINS;

    /** A plan as it was at one version: what a plan's pages, its exports and the reports on it show. */
    private record Version(long planId, long version) {
    }

    private final PlanRepository plans;
    private final PlanTransitionRepository transitions;
    private final Units units;
    private final Agencies agencies;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ReferenceCache<Version, PlanDetails> details;

    PlanQueries(PlanRepository plans, PlanTransitionRepository transitions, Units units, Agencies agencies,
                NamedParameterJdbcTemplate jdbc, Clock clock, ReferenceCaches caches) {
        this.plans = plans;
        this.transitions = transitions;
        this.units = units;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.clock = clock;
        // Every change of a plan moves its version (@Version); the agencies and units it names are the roster's.
        this.details = caches.create("plan.details", 500, "roster");
    }

    // --- one plan -------------------------------------------------------------------------------------------------

    /** The plan in full, or 404 when it does not exist or the user may not see it. */
    public PlanDetails details(CurrentUser user, long id) {
        return details(visible(user, id));
    }

    /** The plan entity after the visibility check, for pages that also need permissions. */
    public Plan visible(CurrentUser user, long id) {
        Plan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
        UnitRef unit = units.get(plan.getIssuerUnitId());
        if (!PlanAccess.canView(user, plan, unit.path(), () -> assigns(plan, user.agencyId()))) {
            throw new NotFoundException("plan", id);
        }
        return plan;
    }

    /**
     * The plan in full as of the entity's version, unless already known computed from the plan (read again here: the
     * entity may come from another transaction, its sections not loaded).
     */
    public PlanDetails details(Plan plan) {
        return details.get(new Version(plan.getId(), plan.getVersion()), key -> toDetails(
                plans.findById(key.planId()).orElseThrow(() -> new NotFoundException("plan", key.planId()))));
    }

    /**
     * The plan in full without a scope check: for modules that check access themselves (exports, reporting). Only
     * the plan's row is read when the plan as of its version is already known.
     */
    public PlanDetails detailsOf(long id) {
        return details(plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id)));
    }

    /**
     * Several plans in full without a scope check, by id: one statement reads their versions, and only the plans not
     * already known as of those versions are read in full.
     */
    public Map<Long, PlanDetails> detailsOf(Collection<Long> ids) {
        Map<Long, PlanDetails> found = new LinkedHashMap<>();
        if (ids.isEmpty()) return found;
        List<Version> versions = jdbc.query("select id, version from plan where id in (:ids)",
                new MapSqlParameterSource("ids", ids), (rs, n) -> new Version(rs.getLong("id"), rs.getLong("version")));
        for (Version version : versions) {
            found.put(version.planId(), details.get(version, key -> toDetails(plans.findById(key.planId())
                    .orElseThrow(() -> new NotFoundException("plan", key.planId())))));
        }
        for (Long id : ids) {
            if (!found.containsKey(id)) throw new NotFoundException("plan", id);
        }
        return found;
    }

    /**
     * {@link #detailsOf(Collection)} with each plan's list row, in one statement when the plans are already known as
     * of their versions: the row and the version are read together.
     */
    public Map<Long, DescribedPlan> describedOf(Collection<Long> ids) {
        Map<Long, DescribedPlan> found = new LinkedHashMap<>();
        if (ids.isEmpty()) return found;
        Map<Long, Long> versions = new HashMap<>();
        List<PlanSummary> rows = jdbc.query(COLUMNS + ", p.version from plan p" + JOINS + " where p.id in (:ids)",
                new MapSqlParameterSource("ids", ids), (rs, n) -> {
                    versions.put(rs.getLong("id"), rs.getLong("version"));
                    return SUMMARY.mapRow(rs, n);
                });
        for (PlanSummary row : rows) {
            PlanDetails plan = details.get(new Version(row.id(), versions.get(row.id())), key -> toDetails(
                    plans.findById(key.planId()).orElseThrow(() -> new NotFoundException("plan", key.planId()))));
            found.put(row.id(), new DescribedPlan(plan, row));
        }
        for (Long id : ids) {
            if (!found.containsKey(id)) throw new NotFoundException("plan", id);
        }
        return found;
    }

    static boolean assigns(Plan plan, Long agencyId) {
        if (agencyId == null) return false;
        return plan.getSections().stream().anyMatch(s -> s.isTask() && (agencyId.equals(s.getLeadAgencyId())
                || s.getCoordinatingAgencyIds().contains(agencyId)));
    }

    PlanDetails toDetails(Plan plan) {
        Set<Long> agencyIds = new HashSet<>();
        agencyIds.add(plan.getIssuerAgencyId());
        agencyIds.add(plan.getDraftingAgencyId());
        for (PlanSection s : plan.getSections()) {
            if (s.getLeadAgencyId() != null) agencyIds.add(s.getLeadAgencyId());
            agencyIds.addAll(s.getCoordinatingAgencyIds());
        }
        plan.getRequirements().forEach(r -> {
            if (r.getReceiverAgencyId() != null) agencyIds.add(r.getReceiverAgencyId());
        });
        Map<Long, AgencyRef> byId = agencies.findAll(agencyIds).stream()
                .collect(Collectors.toMap(AgencyRef::id, Function.identity()));
        UnitRef unit = units.get(plan.getIssuerUnitId());
        AgencyRef issuer = byId.get(plan.getIssuerAgencyId());
        AgencyRef drafting = byId.get(plan.getDraftingAgencyId());

        List<PlanDetails.Task> tasks = new ArrayList<>();
        for (SectionTree.Labelled l : SectionTree.flatten(plan.getSections())) {
            PlanSection s = l.section();
            if (!s.isTask()) continue;
            String title = s.getTitle() != null && !s.getTitle().isBlank()
                    ? s.getTitle()
                    : SectionTree.firstSentence(RichText.toPlainText(s.getBodyHtml()));
            AgencyRef lead = s.getLeadAgencyId() == null ? null : byId.get(s.getLeadAgencyId());
            boolean requested = s.isLeadRequested() || lead != null && lead.kind().isRequestedNotAssigned();
            tasks.add(new PlanDetails.Task(s.getId(), l.path(), title, name(byId, s.getLeadAgencyId(), unit),
                    s.getLeadNote(), s.getCoordinatingAgencyIds().stream().map(c -> name(byId, c, unit)).toList(),
                    s.getTaskFrom(), s.getTaskTo(), s.getTimeNote(), s.getOutput(), s.getTargetCodes(),
                    s.getImplementsSectionId(), requested));
        }
        List<PlanDetails.Requirement> requirements = plan.getRequirements().stream()
                .map(r -> new PlanDetails.Requirement(r.getId(), r.getKind(), r.getPeriodFrom(), r.getPeriodTo(),
                        r.getDueDate(),
                        r.getReceiverAgencyId(), receiver(byId.get(r.getReceiverAgencyId()), r.getReceiverText()),
                        r.getReporters(), r.getText()))
                .toList();
        return new PlanDetails(plan.getId(), plan.getStatus(), plan.getVersion(), plan.getRevision(), plan.getYear(),
                plan.getTitle(), plan.getNumber(), plan.getSymbol(), plan.getPlace(), plan.getIssuedOn(),
                new PlanDetails.Issuer(unit.id(), unit.code(), unit.fullName(), unit.path(), issuer.id(), issuer.name(),
                        issuer.shortName(), drafting.id(), drafting.name(), plan.getParentBodyLine(),
                        plan.issuerLineList()),
                plan.getParentPlanId(), plan.getAmendsPlanId(),
                plan.getLegalBasis().stream().map(b -> new PlanDetails.LegalBasisEntry(b.getText(),
                        b.getDocumentNumber(), b.getDocumentDate(), b.getIssuer(), b.getLinkedPlanId())).toList(),
                SectionTree.build(plan.getSections()), tasks, requirements, plan.getRecipients(),
                new PlanDetails.Signer(plan.getSignerAuthority(), plan.getSignerTitle(), plan.getSignerName()),
                plan.getClosing(), plan.getUpdatedAt(), plan.getUpdatedBy());
    }

    private static PlanDetails.AgencyName name(Map<Long, AgencyRef> byId, Long id, UnitRef planUnit) {
        if (id == null) return null;
        AgencyRef agency = byId.get(id);
        if (agency == null) return new PlanDetails.AgencyName(id, null);
        return new PlanDetails.AgencyName(id, agency.name(), PlanDefaults.nameInText(agency, planUnit),
                agency.kind().isRequestedNotAssigned(), agency.sortOrder());
    }

    /** "Sở Nội vụ tỉnh Quảng Ngãi" or, when the plan words it so, "qua Phòng Văn hóa - Xã hội". */
    private static String receiver(AgencyRef agency, String text) {
        if (text != null && !text.isBlank()) return agency == null ? text : agency.name() + " (" + text + ")";
        return agency == null ? null : agency.name();
    }

    public List<PlanTransition> history(long planId) {
        return transitions.findByPlanIdOrderByAtAscIdAsc(planId);
    }

    /** Earlier and later revisions of the same plan, oldest first. */
    public List<PlanSummary> revisions(Plan plan) {
        Set<Long> chain = revisionChain(plan.getId());
        if (chain.size() == 1) return List.of();
        return byIds(chain).stream().sorted(Comparator.comparingInt(PlanSummary::revision)).toList();
    }

    /** The plan's id with those of the revisions it amends and that amend it. */
    public Set<Long> revisionChain(long planId) {
        Set<Long> chain = new LinkedHashSet<>(jdbc.query(revisionChainQuery("id"),
                new MapSqlParameterSource("id", planId), (rs, n) -> rs.getLong(1)));
        if (chain.isEmpty()) throw new NotFoundException("plan", planId);
        return chain;
    }

    /**
     * The ids of the plan {@code :param} and of its revisions as a query, for a statement that needs them as a
     * subquery ({@code plan_id in (...)}) rather than as a statement of their own.
     */
    public static String revisionChainQuery(String param) {
        return """
                with recursive earlier(id, amends) as (
                    select id, amends_plan_id from plan where id = :%1$s
                    union select p.id, p.amends_plan_id from plan p join earlier e on p.id = e.amends),
                later(id) as (
                    select id from plan where id = :%1$s
                    union select p.id from plan p join later l on p.amends_plan_id = l.id)
                select id from earlier union select id from later""".formatted(param);
    }

    public List<PlanSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.query(SELECT + " where p.id in (:ids)", new MapSqlParameterSource("ids", ids), SUMMARY);
    }

    /** The tasks section of a plan, for pages that offer "add a task" at its top level. */
    public static Optional<PlanDetails.Section> tasksSection(PlanDetails plan) {
        return plan.sections().stream().filter(s -> s.kind() == SectionKind.TASKS).findFirst();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
