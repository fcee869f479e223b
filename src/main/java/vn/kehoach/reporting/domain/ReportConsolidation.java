package vn.kehoach.reporting.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kehoach.plan.Plans;
import vn.kehoach.roster.Agencies;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.StoredMessage;
import vn.kehoach.shared.web.BusinessRuleException;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's report drafted from the accepted reports below it, with the list of the reports it was drafted from.
 *
 * <p>Drafted in a read-only transaction, then saved in a second one. Reading, the plan and the names come from memory
 * (a transaction that writes reads them afresh) and the hundreds of reports below are not watched for changes; the
 * save refuses, as any save does, a report that moved on in between.
 */
@Service
public class ReportConsolidation {

    private final AcceptedReports acceptedReports;
    private final ReportQueries queries;
    private final ReportLog reportLog;
    private final Agencies agencies;
    private final Plans plans;
    private final Clock clock;
    private final ReportSupport support;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    ReportConsolidation(AcceptedReports acceptedReports, ReportQueries queries, ReportLog reportLog, Agencies agencies,
                        Plans plans, Clock clock, ReportSupport support, PlatformTransactionManager transactions) {
        this.acceptedReports = acceptedReports;
        this.queries = queries;
        this.reportLog = reportLog;
        this.agencies = agencies;
        this.plans = plans;
        this.clock = clock;
        this.support = support;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** The outcome of drafting from the reports below: how many were used. */
    public record Consolidated(int sources) {
    }

    /** What the reports below give: the report's new content and the reports it was drafted from. */
    private record Draft(ReportContent content, List<Long> sourceIds) {
    }

    /**
     * Drafts a unit's report from the accepted reports on its own plan (its agencies' and its units'), keeping the
     * list of sources. Run again, it takes the latest accepted reports.
     */
    public Consolidated consolidate(CurrentUser user, long id, long version) {
        Draft draft = reading.execute(status -> draft(user, id, version));
        return writing.execute(status -> {
            Report report = support.editable(user, id, version);
            report.consolidated(draft.content(), user.username(), clock.instant());
            reportLog.replaceSources(report.getId(), draft.sourceIds());
            reportLog.event(report, ReportLog.Action.CONSOLIDATE, report.getStatus(), user, clock.instant(),
                    StoredMessage.of("report.history.consolidated", draft.sourceIds().size()));
            return new Consolidated(draft.sourceIds().size());
        });
    }

    private Draft draft(CurrentUser user, long id, long version) {
        Report report = support.editable(user, id, version);
        ReportView view = queries.toView(report);
        if (!view.answersOwnPlan()) throw new BusinessRuleException("report.consolidate.noOwnPlan");
        List<AcceptedReports.Accepted> accepted = acceptedReports.below(report,
                plans.revisionChain(report.getSubjectPlanId()));
        Map<Long, String> names = reporterNames(accepted);
        List<Consolidation.Source> sources = accepted.stream()
                .map(r -> new Consolidation.Source(r.id(), names.get(r.id()), r.content())).toList();
        ReportContent drafted = Consolidation.draft(view, sources);
        return new Draft(ReportWriting.clean(drafted, view),
                accepted.stream().map(AcceptedReports.Accepted::id).toList());
    }

    private Map<Long, String> reporterNames(List<AcceptedReports.Accepted> list) {
        Set<Long> agencyIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        list.forEach(r -> {
            if (r.reporterAgencyId() != null) agencyIds.add(r.reporterAgencyId());
            else
                unitIds.add(r.reporterUnitId());
        });
        Map<Long, String> agencyNames = new HashMap<>();
        agencies.findAll(agencyIds).forEach(a -> agencyNames.put(a.id(), a.name()));
        Map<Long, String> unitNames = new HashMap<>();
        queries.unitNames(unitIds).forEach(unitNames::put);
        Map<Long, String> out = new HashMap<>();
        list.forEach(r -> out.put(r.id(), r.reporterAgencyId() != null
                ? agencyNames.get(r.reporterAgencyId())
                : unitNames.get(r.reporterUnitId())));
        return out;
    }
}
