package vn.kehoach.reporting.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanIssued;
import vn.kehoach.plan.PlanRevoked;
import vn.kehoach.plan.Plans;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgenciesClosed;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitSummary;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.StoredMessage;
import vn.kehoach.shared.text.VietnameseText;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Keeps the reports owed in step with plans and the roster: an issued plan's reporting regime becomes one report per
 * reporter and requirement; an amendment carries the reports over to the new revision; a revoked plan no longer asks
 * for the reports not yet sent; a reorganisation hands open reports to the agencies and units that take over. What
 * was already sent is never dropped. Runs inside the transaction of the change that caused it.
 */
@Service
@Transactional
public class ObligationService {

    private static final Logger log = LoggerFactory.getLogger(ObligationService.class);
    private static final CurrentUser SYSTEM = CurrentUser.system(StoredMessage.of("report.history.system"));

    private final ReportRepository reports;
    private final ReportLog reportLog;
    private final Plans plans;
    private final Units units;
    private final Agencies agencies;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ObligationService(ReportRepository reports, ReportLog reportLog, Plans plans, Units units, Agencies agencies,
                      NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.reportLog = reportLog;
        this.plans = plans;
        this.units = units;
        this.agencies = agencies;
        this.clock = clock;
    }

    @EventListener
    void on(PlanIssued event) {
        PlanDetails plan = plans.detailsOf(event.planId());
        createFor(plan, event.replacesPlanId());
        if (event.replacesPlanId() != null) followAmendment(plans.detailsOf(event.replacesPlanId()), plan);
        answerWithImplementingPlan(plan, event.replacesPlanId());
    }

    @EventListener
    void on(PlanRevoked event) {
        Instant now = clock.instant();
        for (Report report : reports.findByPlanIdOrderById(event.planId())) {
            if (report.getStatus().isOpen()) cancel(report, StoredMessage.of("report.cancelReason.planRevoked"), now);
        }
    }

    @EventListener
    void on(AgenciesClosed event) {
        handOver(event.successorByAgency(), event.effectiveOn());
    }

    // --- issue and amendment ---------------------------------------------------------------------------------------

    /** The reports a plan's requirements ask for. */
    List<Obligation> expected(PlanDetails plan) {
        List<Obligation> out = new ArrayList<>();
        for (PlanDetails.Requirement r : plan.reportingRequirements()) {
            // Who answers is decided at the due date: a unit or agency that ended before it hands over to its
            // successor; one that starts after the plan was issued but before the due date reports too.
            LocalDate at = r.dueDate();
            Optional<AgencyRef> receiver = r.receiverAgencyId() != null
                    ? agencies.carriedOnAt(r.receiverAgencyId(), at)
                    : agencies.focalAt(plan.issuer().unitId(), at);
            if (receiver.isEmpty()) receiver = agencies.carriedOnAt(plan.issuer().draftingAgencyId(), at);
            if (receiver.isEmpty()) {
                log.warn("Plan {}: no agency receives the {} report due {}", plan.id(), r.kind(), at);
                continue;
            }
            long receiverId = receiver.get().id();
            if (r.reporters().includesAgencies()) {
                Set<Long> leads = new LinkedHashSet<>();
                plan.tasks().forEach(t -> {
                    if (t.lead() != null && t.lead().agencyId() != null) leads.add(t.lead().agencyId());
                });
                Map<Long, AgencyRef> leadRefs = new HashMap<>();
                agencies.findAll(leads).forEach(a -> leadRefs.put(a.id(), a));
                for (Long lead : leads) {
                    // The receiving agency reports on its own tasks in its consolidated report, not to itself.
                    Optional<AgencyRef> owner = agencies.carriedOnAt(lead, at);
                    if (owner.isEmpty() || owner.get().id() == receiverId || lead == receiverId) continue;
                    out.add(new Obligation(plan.id(), r.id(), r.kind(), plan.year(), r.periodFrom(), r.periodTo(),
                            r.dueDate(), ReporterKind.AGENCY, lead, leadRefs.get(lead).unitId(), owner.get().id(),
                            receiverId, plan.id()));
                }
            }
            if (r.reporters().includesUnits()) {
                List<String> without = new ArrayList<>();
                for (UnitSummary child : units.children(plan.issuer().unitId(), at)) {
                    Optional<AgencyRef> owner = unitOwner(child.id(), at);
                    if (owner.isEmpty()) {
                        without.add(child.fullName());
                        continue;
                    }
                    long subject = plans.issuedImplementationOf(plan.id(), child.id()).orElse(plan.id());
                    out.add(new Obligation(plan.id(), r.id(), r.kind(), plan.year(), r.periodFrom(), r.periodTo(),
                            r.dueDate(), ReporterKind.UNIT, null, child.id(), owner.get().id(), receiverId, subject));
                }
                if (!without.isEmpty()) {
                    // Units imported without agencies yet (no focal agency to write for them) are left out, and said.
                    log.warn("Plan {}: {} units below have no agency to report ({}{})", plan.id(), without.size(),
                            String.join(", ", without.subList(0, Math.min(3, without.size()))),
                            without.size() > 3 ? ", …" : "");
                }
            }
        }
        return out;
    }

    /** A unit reports through its gender-equality focal agency, else through its People's Committee. */
    Optional<AgencyRef> unitOwner(long unitId, LocalDate at) {
        Optional<AgencyRef> focal = agencies.focalAt(unitId, at);
        if (focal.isPresent()) return focal;
        return agencies.activeOf(unitId, at).stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE)
                .findFirst();
    }

    private void createFor(PlanDetails plan, Long replacesPlanId) {
        Instant now = clock.instant();
        List<Obligation> expected = expected(plan);
        Map<String, Report> previous = new LinkedHashMap<>();
        Map<Long, PlanDetails.Requirement> previousRequirements = new HashMap<>();
        if (replacesPlanId != null) {
            plans.detailsOf(replacesPlanId).reportingRequirements().forEach(r -> previousRequirements.put(r.id(), r));
            for (Report report : reports.findByPlanIdOrderById(replacesPlanId)) {
                PlanDetails.Requirement old = previousRequirements.get(report.getRequirementId());
                PlanDetails.Requirement successor = old == null ? null : matching(plan, old);
                if (successor == null) continue;
                previous.put(successor.id() + "/" + key(report), report);
            }
        }
        List<Report> created = new ArrayList<>();
        Set<Report> carried = new HashSet<>();
        for (Obligation o : expected) {
            Report earlier = previous.get(o.requirementId() + "/" + o.reporterKey());
            if (earlier != null) {
                earlier.moveTo(o.planId(), o.requirementId(), o.periodFrom(), o.periodTo(), o.dueDate(),
                        o.receiverAgencyId(), SYSTEM.username(), now);
                reportLog.event(earlier, ReportLog.Action.MOVE, earlier.getStatus(), SYSTEM, now,
                        StoredMessage.of("report.history.amended"));
                carried.add(earlier);
                continue;
            }
            created.add(Report.obligation(o, SYSTEM.username(), now));
        }
        reports.saveAll(created);
        for (Report report : created) reportLog.event(report, ReportLog.Action.CREATE, null, SYSTEM, now, null);
        if (replacesPlanId != null) {
            for (Report report : reports.findByPlanIdOrderById(replacesPlanId)) {
                if (!carried.contains(report) && report.getStatus().isOpen()) {
                    cancel(report, StoredMessage.of("report.cancelReason.amendmentDropped"), now);
                }
            }
        }
        log.info("Plan {} issued: {} reports owed, {} carried over", plan.id(), created.size(), carried.size());
    }

    /**
     * Reports still being written about the tasks of the amended revision now answer the new one, each entry under
     * the same task (matched by title and lead agency, else title, else number); coordinating agencies'
     * contributions follow, and entries below that carried out an old task point at the new one for summing.
     */
    private void followAmendment(PlanDetails previous, PlanDetails amended) {
        Map<Long, PlanDetails.Task> taskOf = matchTasks(previous, amended);
        if (taskOf.isEmpty()) return;
        Instant now = clock.instant();
        for (Report report : reports.findBySubjectPlanIdAndStatusIn(previous.id(), ReportStatus.OPEN)) {
            report.followAmendment(amended.id(), taskOf, SYSTEM.username(), now);
        }
        reports.flush();
        List<MapSqlParameterSource> moves = new ArrayList<>();
        taskOf.forEach(
                (old, task) -> moves.add(new MapSqlParameterSource("old", old).addValue("new", task.sectionId())));
        jdbc.batchUpdate("""
                update report_contribution c set section_id = :new where c.section_id = :old
                  and exists (select 1 from report r where r.id = c.report_id and r.subject_plan_id = :plan)""",
                moves.stream().map(m -> m.addValue("plan", amended.id())).toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("update report_entry set implements_section_id = :new where implements_section_id = :old",
                moves.toArray(MapSqlParameterSource[]::new));
    }

    /** Old task id to the new revision's same task. */
    static Map<Long, PlanDetails.Task> matchTasks(PlanDetails previous, PlanDetails amended) {
        Map<Long, PlanDetails.Task> out = new HashMap<>();
        Set<Long> taken = new HashSet<>();
        List<BiPredicate<PlanDetails.Task, PlanDetails.Task>> rules = List.of(
                (a, b) -> same(a.title(), b.title()) && Objects.equals(lead(a), lead(b)),
                (a, b) -> same(a.title(), b.title()),
                (a, b) -> a.sectionNumber().equals(b.sectionNumber()) && Objects.equals(lead(a), lead(b)));
        for (var rule : rules) {
            for (PlanDetails.Task old : previous.tasks()) {
                if (out.containsKey(old.sectionId())) continue;
                amended.tasks().stream().filter(t -> !taken.contains(t.sectionId()) && rule.test(old, t)).findFirst()
                        .ifPresent(t -> {
                            out.put(old.sectionId(), t);
                            taken.add(t.sectionId());
                        });
            }
        }
        return out;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && VietnameseText.fold(a).strip()
                .equals(VietnameseText.fold(b).strip());
    }

    private static Long lead(PlanDetails.Task task) {
        return task.lead() == null ? null : task.lead().agencyId();
    }

    /** The amended plan's requirement that continues an earlier one: same kind and period, else same kind. */
    private static PlanDetails.Requirement matching(PlanDetails plan, PlanDetails.Requirement old) {
        return plan.reportingRequirements().stream()
                .filter(r -> r.kind() == old.kind() && Objects.equals(r.periodTo(), old.periodTo())).findFirst()
                .or(() -> {
                    List<PlanDetails.Requirement> sameKind = plan.reportingRequirements().stream()
                            .filter(r -> r.kind() == old.kind()).toList();
                    return sameKind.size() == 1 ? Optional.of(sameKind.get(0)) : Optional.empty();
                }).orElse(null);
    }

    private static String key(Report report) {
        return report.getReporterKind() == ReporterKind.AGENCY
                ? "A" + report.getReporterAgencyId()
                : "U" + report.getReporterUnitId();
    }

    /**
     * A unit issued the plan implementing one of the level above: its reports on that plan not yet begun answer the
     * tasks of its own plan, which is what its agencies report on and what it can consolidate.
     */
    private void answerWithImplementingPlan(PlanDetails plan, Long replacesPlanId) {
        if (plan.parentPlanId() == null) return;
        Instant now = clock.instant();
        Set<Long> parentChain = plans.revisionChain(plan.parentPlanId());
        for (Report report : reports.findByPlanIdInAndReporterKindAndReporterUnitIdAndStatus(parentChain,
                ReporterKind.UNIT, plan.issuer().unitId(), ReportStatus.NOT_STARTED)) {
            if (report.answerPlan(plan.id(), SYSTEM.username(), now)) {
                reportLog.event(report, ReportLog.Action.MOVE, report.getStatus(), SYSTEM, now,
                        StoredMessage.of("report.history.answersPlan", plan.number(), plan.symbol()));
            }
        }
        if (replacesPlanId != null) log.debug("Implementing plan {} replaces {}", plan.id(), replacesPlanId);
    }

    // --- revocation and the roster ---------------------------------------------------------------------------------

    private void cancel(Report report, String reason, Instant now) {
        ReportStatus from = report.cancel(reason, SYSTEM.username(), now);
        reportLog.event(report, ReportLog.Action.CANCEL, from, SYSTEM, now, reason);
    }

    /**
     * Agencies closed: open reports pass to the agency that took over. A unit's report whose unit ended passes to the
     * unit formed from it, unless that unit already owes the same report (merged communes send one report). Reports
     * waiting for review go to the receiving agency's successor. Sent and accepted reports stay as they were.
     */
    private void handOver(Map<Long, Long> successorByAgency, LocalDate effectiveOn) {
        Instant now = clock.instant();
        Set<Long> closed = successorByAgency.keySet();
        for (Report report : reports.findByOwnerAgencyIdInAndStatusInOrderByReporterUnitIdAscIdAsc(closed,
                ReportStatus.OPEN)) {
            Long successor = successorByAgency.get(report.getOwnerAgencyId());
            if (successor == null) {
                cancel(report, StoredMessage.of("report.cancelReason.agencyEnded",
                        effectiveOn.minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), now);
                continue;
            }
            if (report.getReporterKind() == ReporterKind.UNIT) {
                UnitRef unit = units.get(report.getReporterUnitId());
                if (!unit.validAt(effectiveOn)) {
                    long newUnit = agencies.find(successor).map(AgencyRef::unitId).orElseThrow();
                    if (reports.existsByRequirementIdAndReporterKindAndReporterUnitId(report.getRequirementId(),
                            ReporterKind.UNIT, newUnit)) {
                        cancel(report, StoredMessage.of("report.cancelReason.unitsMerged"), now);
                        continue;
                    }
                    report.moveToUnit(newUnit);
                }
            }
            report.reassignOwner(successor, SYSTEM.username(), now);
            reportLog.event(report, ReportLog.Action.REASSIGN, report.getStatus(), SYSTEM, now,
                    StoredMessage.of("report.history.handedOver"));
        }
        List<ReportStatus> awaitingReceiver = new ArrayList<>(ReportStatus.OPEN);
        awaitingReceiver.add(ReportStatus.SUBMITTED);
        for (Report report : reports.findByReceiverAgencyIdInAndStatusIn(closed, awaitingReceiver)) {
            Long successor = successorByAgency.get(report.getReceiverAgencyId());
            if (successor != null) report.reassignReceiver(successor, SYSTEM.username(), now);
        }
        reports.flush();
    }
}
