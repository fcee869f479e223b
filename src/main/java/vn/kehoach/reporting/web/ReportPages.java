package vn.kehoach.reporting.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.reporting.ReportingProperties;
import vn.kehoach.reporting.domain.AttachmentStore;
import vn.kehoach.reporting.domain.ContributionService;
import vn.kehoach.reporting.domain.Report;
import vn.kehoach.reporting.domain.ReportAccess;
import vn.kehoach.reporting.domain.ReportLog;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.domain.RoundSnapshot;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.RequestLimits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the report pages share: the report, the user's permissions on it, its history, comments and files. */
@Component
class ReportPages {

    /** The model attribute of the report's rounds (what was sent each time), read once per page. */
    static final String ROUND_LIST = "roundList";

    private final ReportQueries queries;
    private final ReportLog reportLog;
    private final AttachmentStore attachments;
    private final ContributionService contributions;
    private final ReportingProperties properties;
    private final JsonMapper json;
    private final RequestLimits limits;

    ReportPages(ReportQueries queries, ReportLog reportLog, AttachmentStore attachments,
                ContributionService contributions, ReportingProperties properties,
                JsonMapper json, RequestLimits limits) {
        this.limits = limits;
        this.queries = queries;
        this.reportLog = reportLog;
        this.attachments = attachments;
        this.contributions = contributions;
        this.properties = properties;
        this.json = json;
    }

    /** Loads a readable report into the model with everything its pages show; 404 if the user may not read it. */
    ReportView load(CurrentUser user, long id, Model model) {
        ReportView view = facts(user, id, model);
        rest(view, model);
        return view;
    }

    /**
     * The report and what the user may do with it; 404 if the user may not read it. A posted form needs no more
     * unless it is shown again ({@link #rest}).
     */
    ReportView facts(CurrentUser user, long id, Model model) {
        ReportQueries.Readable readable = queries.readable(user, id);
        Report report = readable.report();
        ReportView view = readable.view();
        model.addAttribute("report", view);
        model.addAttribute("navArea", "reports");
        model.addAttribute("isOwner", ReportAccess.isOwner(user, report));
        model.addAttribute("canEdit", ReportAccess.canEdit(user, report));
        model.addAttribute("canSubmit", ReportAccess.canSubmit(user, report));
        model.addAttribute("canRequestApproval", ReportAccess.canRequestApproval(user, report));
        model.addAttribute("canApprove", ReportAccess.canApprove(user, report));
        model.addAttribute("canReview", ReportAccess.canReview(user, report));
        model.addAttribute("canUnlock", ReportAccess.canUnlock(user, report));
        model.addAttribute("canConsolidate", ReportAccess.canEdit(user, report) && view.answersOwnPlan());
        model.addAttribute("isUnitReport", view.reporterKind() == ReporterKind.UNIT);
        return view;
    }

    /** The rest of what the report's pages show: history, comments, files, contributions, rounds and sources. */
    void rest(ReportView view, Model model) {
        long id = view.id();
        List<ReportLog.Event> history = reportLog.events(id);
        model.addAttribute("history", HistoryLine.of(history));
        model.addAttribute("lastReason", lastReason(history));
        List<ReportLog.Comment> comments = reportLog.comments(id);
        model.addAttribute("commentsByPart", latestComments(comments, view));
        model.addAttribute("reviewComments", new ReviewComments(comments));
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("maxAttachmentBytes", properties.attachmentMaxBytes());
        model.addAttribute("maxAttachmentCount", properties.attachmentMaxCount());
        model.addAttribute("formLimits", limits);
        model.addAttribute("contributions", contributions.received(id));
        model.addAttribute("stateCounts", ReportQueries.stateCounts(view));
        List<ReportLog.Round> rounds = reportLog.rounds(id);
        model.addAttribute("rounds", rounds.size());
        model.addAttribute(ROUND_LIST, rounds);
        if (view.answersOwnPlan()) model.addAttribute("sources", queries.sources(view));
    }

    /** The reason of the latest return, send-back or unlock: what the writer has to address. */
    private static ReportLog.Event lastReason(List<ReportLog.Event> history) {
        ReportLog.Event last = null;
        for (ReportLog.Event e : history) {
            if (e.action() == ReportLog.Action.RETURN || e.action() == ReportLog.Action.SEND_BACK
                    || e.action() == ReportLog.Action.UNLOCK) {
                last = e;
            } else if (e.action() == ReportLog.Action.SUBMIT || e.action() == ReportLog.Action.ACCEPT) {
                last = null;
            }
        }
        return last;
    }

    /** The reviewer's comments of the latest reviewed round, by part; shown while the report is being revised. */
    private static Map<String, List<ReportLog.Comment>> latestComments(List<ReportLog.Comment> comments,
                                                                       ReportView view) {
        Map<String, List<ReportLog.Comment>> out = new LinkedHashMap<>();
        if (comments.isEmpty() || view.status() != ReportStatus.RETURNED) return out;
        int round = comments.get(0).round();
        for (ReportLog.Comment c : comments) {
            if (c.round() == round) out.computeIfAbsent(c.part(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /**
     * The differences between the latest round and the one before, or null when there is only one round; of the
     * report {@link #load} put in the model.
     */
    List<RoundSnapshot.PartDiff> lastRoundDiff(Model model) {
        List<ReportLog.Round> rounds = rounds(model);
        return rounds.size() < 2 ? null : diff(rounds, rounds.get(rounds.size() - 1).round());
    }

    /** Round {@code round} against the one before it; null when there is no such pair. */
    List<RoundSnapshot.PartDiff> diff(List<ReportLog.Round> rounds, int round) {
        ReportLog.Round after = rounds.stream().filter(r -> r.round() == round).findFirst().orElse(null);
        ReportLog.Round before = rounds.stream().filter(r -> r.round() == round - 1).findFirst().orElse(null);
        if (after == null || before == null) return null;
        return RoundSnapshot.compare(json.readValue(before.snapshot(), RoundSnapshot.class),
                json.readValue(after.snapshot(), RoundSnapshot.class));
    }

    /** The rounds of the report {@link #load} put in the model, oldest first. */
    @SuppressWarnings("unchecked")
    static List<ReportLog.Round> rounds(Model model) {
        return (List<ReportLog.Round>) model.getAttribute(ROUND_LIST);
    }
}
