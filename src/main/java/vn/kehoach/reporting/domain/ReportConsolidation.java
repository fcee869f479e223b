package vn.kehoach.reporting.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kehoach.audit.AuditPlaces;
import vn.kehoach.plan.StrategyTargets;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.roster.Agencies;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.StoredMessage;
import vn.kehoach.shared.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's report drafted from the accepted reports below it, with the list of the reports it was drafted from.
 *
 * <p>The form's button: what the user typed is cleaned against the report as the page just read it, the draft is
 * made from that in a read-only transaction (the names come from memory, which a transaction that writes bypasses),
 * and the result is written once, in a second transaction that refuses a report that moved on in between.
 */
@Service
public class ReportConsolidation {

    private final AcceptedReports acceptedReports;
    private final ReportQueries queries;
    private final ReportLog reportLog;
    private final Agencies agencies;
    private final StrategyTargets catalogue;
    private final Clock clock;
    private final ReportSupport support;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    ReportConsolidation(AcceptedReports acceptedReports, ReportQueries queries, ReportLog reportLog, Agencies agencies,
                        StrategyTargets catalogue, Clock clock, ReportSupport support,
                        PlatformTransactionManager transactions) {
        this.catalogue = catalogue;
        this.acceptedReports = acceptedReports;
        this.queries = queries;
        this.reportLog = reportLog;
        this.agencies = agencies;
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
     * Drafts a unit's report from the accepted reports on its own plan (its agencies' and its units') over what the
     * user typed, keeping the list of sources. Run again, it takes the latest accepted reports.
     *
     * @param typed   the form's content, saved with the draft (what the reports below do not give stays as typed)
     * @param shown   the report as the page that posted was just loaded with, for the user who may read it
     * @param version the version the form was written on
     */
    public Consolidated consolidate(CurrentUser user, long version, ReportContent typed, ReportView shown) {
        if (!shown.answersOwnPlan()) throw new BusinessRuleException("report.consolidate.noOwnPlan");
        if (shown.version() != version) {
            throw new ReportConflictException(shown.id(), shown.version(), shown.updatedBy());
        }
        ReportView written = shown.withContent(ReportWriting.clean(typed, shown));
        Draft draft = reading.execute(status -> draft(written));
        return writing.execute(status -> {
            Report report = support.editable(user, shown, version);
            ReportStatus before = report.getStatus();
            Instant now = clock.instant();
            report.consolidated(draft.content(), user.username(), now);
            AuditPlaces.Place unit = new AuditPlaces.Place(shown.reporterUnitId(), shown.reporterUnitPath(),
                    shown.reporterUnitName());
            if (before == ReportStatus.NOT_STARTED) {
                reportLog.event(report, unit, ReportLog.Action.START, before, user, now, null);
            }
            reportLog.replaceSources(report.getId(), draft.sourceIds());
            reportLog.event(report, unit, ReportLog.Action.CONSOLIDATE, report.getStatus(), user, now,
                    StoredMessage.of("report.history.consolidated", draft.sourceIds().size()));
            return new Consolidated(draft.sourceIds().size());
        });
    }

    /** {@link #consolidate(CurrentUser, long, ReportContent, ReportView)} over the report as it stands. */
    public Consolidated consolidate(CurrentUser user, long id, long version) {
        ReportView shown = reading.execute(status -> queries.view(user, id));
        return consolidate(user, version, shown.content(), shown);
    }

    private Draft draft(ReportView written) {
        List<AcceptedReports.Accepted> accepted = acceptedReports.below(written);
        Map<Long, String> names = reporterNames(accepted);
        List<Consolidation.Source> sources = accepted.stream()
                .map(r -> new Consolidation.Source(r.id(), names.get(r.id()), r.content())).toList();
        // The targets reported below join the report's own even where its tasks do not name them: a province whose
        // plan links no target still sums what its communes' plans measure.
        Set<String> reported = new LinkedHashSet<>();
        accepted.forEach(r -> r.content().targets().forEach(t -> reported.add(t.targetCode())));
        written.targets().forEach(t -> reported.remove(t.code()));
        ReportView target = reported.isEmpty() ? written : written.withTargets(reported, catalogue.byCode(reported));
        ReportContent drafted = Consolidation.draft(target, sources);
        return new Draft(ReportWriting.clean(drafted, target),
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
