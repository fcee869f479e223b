package vn.kehoach.reporting.domain;

import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReportTitles;
import vn.kehoach.reporting.ReporterKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole report as its pages and exports see it: what is owed, the tasks it answers with what was written for each,
 * the targets, the assessment, and the names of everyone involved.
 *
 * @param tasks       the subject plan's tasks this report answers, each with its entry (empty content if none)
 * @param otherEntries entries for tasks no longer in the subject plan (an amendment removed them), kept and shown
 */
public record ReportView(
                         long id,
                         long version,
                         ReportStatus status,
                         int round,
                         ReportKind kind,
                         int year,
                         LocalDate periodFrom,
                         LocalDate periodTo,
                         LocalDate dueDate,
                         LocalDate today,
                         ReporterKind reporterKind,
                         String reporterName,
                         long reporterUnitId,
                         String reporterUnitCode,
                         String reporterUnitName,
                         String reporterUnitPath,
                         long ownerAgencyId,
                         String ownerAgencyName,
                         long receiverAgencyId,
                         String receiverAgencyName,
                         String receiverUnitName,
                         PlanSummary plan,
                         PlanSummary subjectPlan,
                         PlanDetails.Requirement requirement,
                         String number,
                         Instant firstSubmittedAt,
                         Instant lastSubmittedAt,
                         Instant acceptedAt,
                         Boolean onTime,
                         String signerAuthority,
                         String signerTitle,
                         String signerName,
                         List<TaskPart> tasks,
                         List<TargetPart> targets,
                         List<EntryContent> otherEntries,
                         String results,
                         String shortcomings,
                         String causes,
                         String directions,
                         String proposals,
                         Instant consolidatedAt,
                         String cancelReason,
                         Instant updatedAt,
                         String updatedBy) {

    /**
     * @param coordinatingAgencyIds the agencies that contribute to this task
     */
    public record TaskPart(long sectionId, String path, String title, String leadName, List<String> coordinating,
                           List<Long> coordinatingAgencyIds, List<String> targets, Long implementsSectionId,
                           EntryContent entry) {
    }

    /** @param target the catalogue's entry, null for a code the catalogue no longer has */
    public record TargetPart(String code, TargetValueContent value, StrategyTarget target) {

        /** The value to show: numerator over denominator at the target's scale, else the value as given. */
        public BigDecimal shown() {
            if (target != null && target.hasParts() && value.numerator() != null && value.denominator() != null) {
                return target.valueOf(value.numerator(), value.denominator());
            }
            return value.effectiveValue();
        }

        public String unit() {
            return target == null ? (value.numerator() != null ? "%" : "") : target.unit();
        }

        public boolean bySex() {
            return target == null || target.bySex();
        }

        public boolean hasParts() {
            return target == null || target.hasParts();
        }
    }

    /** A thematic or other report is called by what the plan asks; null for periodic ones. */
    public String ownTitle() {
        return ReportTitles.own(kind, requirement == null ? null : requirement.text());
    }

    /** Still owed after the due date; a report once sent is judged by that first sending (see ReportRow). */
    public boolean overdue() {
        return status.isOpen() && firstSubmittedAt == null && dueDate.isBefore(today);
    }

    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    /** Whether the subject plan is the reporting unit's own plan, whose reports below it can consolidate. */
    public boolean answersOwnPlan() {
        return reporterKind == ReporterKind.UNIT && subjectPlan != null && subjectPlan.issuerUnitId() == reporterUnitId;
    }

    /** The sums of every task's figures. */
    public Figures totals() {
        Figures sum = Figures.NONE;
        for (TaskPart task : tasks) sum = sum.plus(task.entry().figures());
        return sum;
    }

    /** What is written in the report, as it would be saved again. */
    public ReportContent content() {
        List<EntryContent> entries = new ArrayList<>();
        tasks.forEach(t -> entries.add(t.entry()));
        entries.addAll(otherEntries);
        return new ReportContent(entries, targets.stream().map(TargetPart::value).toList(), results, shortcomings,
                causes, directions, proposals);
    }

    /**
     * The report as it reads once {@code content} (cleaned against this view) is saved, without reading it again:
     * each task with its entry (blank if none), the targets the tasks name or the content gives values for (a target
     * reported earlier stays even if no task names it any more), entries for tasks no longer in the plan, the
     * assessment. How a report is read ({@link ReportQueries#toView}) and how a typed one is drafted over.
     */
    ReportView withContent(ReportContent content) {
        Map<Long, EntryContent> bySection = new HashMap<>();
        content.entries().stream().filter(e -> !e.isBlank()).forEach(e -> bySection.put(e.sectionId(), e));
        List<TaskPart> newTasks = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (TaskPart t : tasks) {
            EntryContent entry = bySection.remove(t.sectionId());
            newTasks.add(new TaskPart(t.sectionId(), t.path(), t.title(), t.leadName(), t.coordinating(),
                    t.coordinatingAgencyIds(), t.targets(), t.implementsSectionId(),
                    entry != null ? entry : blankEntry(t)));
            codes.addAll(t.targets());
        }
        Map<String, TargetValueContent> values = new HashMap<>();
        content.targets().stream().filter(v -> !v.isBlank()).forEach(v -> values.put(v.targetCode(), v));
        codes.addAll(values.keySet());
        Map<String, StrategyTarget> known = new HashMap<>();
        targets.forEach(t -> known.put(t.code(), t.target()));
        List<TargetPart> newTargets = codes.stream().map(code -> new TargetPart(code,
                values.getOrDefault(code, TargetValueContent.blank(code)), known.get(code))).toList();
        List<EntryContent> others = content.entries().stream().filter(e -> bySection.containsKey(e.sectionId()))
                .toList();
        return with(List.copyOf(newTasks), newTargets, others, content);
    }

    /**
     * The view with targets its tasks do not name beside its own, blank, with what the catalogue says of them
     * ({@code catalogue}; a code it does not know has none): the targets the reports below reported, which a
     * consolidation sums into this report.
     */
    ReportView withTargets(Collection<String> codes, Map<String, StrategyTarget> catalogue) {
        Set<String> known = new HashSet<>();
        targets.forEach(t -> known.add(t.code()));
        List<TargetPart> all = new ArrayList<>(targets);
        for (String code : codes) {
            if (known.add(code)) all.add(new TargetPart(code, TargetValueContent.blank(code), catalogue.get(code)));
        }
        return with(tasks, List.copyOf(all), otherEntries, content());
    }

    /** A task's entry before anything is written for it. */
    static EntryContent blankEntry(TaskPart task) {
        return new EntryContent(task.sectionId(), task.implementsSectionId(), task.path(), task.title(), null, null,
                Figures.NONE);
    }

    /** This report with other parts and assessment ({@code texts}'s), everything else as it is. */
    private ReportView with(List<TaskPart> newTasks, List<TargetPart> newTargets, List<EntryContent> others,
                            ReportContent texts) {
        return new ReportView(id, version, status, round, kind, year, periodFrom, periodTo, dueDate, today,
                reporterKind, reporterName, reporterUnitId, reporterUnitCode, reporterUnitName, reporterUnitPath,
                ownerAgencyId, ownerAgencyName, receiverAgencyId, receiverAgencyName, receiverUnitName, plan,
                subjectPlan, requirement, number, firstSubmittedAt, lastSubmittedAt, acceptedAt, onTime,
                signerAuthority, signerTitle, signerName, newTasks, newTargets, others, texts.results(),
                texts.shortcomings(), texts.causes(), texts.directions(), texts.proposals(), consolidatedAt,
                cancelReason, updatedAt, updatedBy);
    }

    /** Entries by section, for pages that look one up. */
    public Map<Long, EntryContent> entriesBySection() {
        Map<Long, EntryContent> out = new HashMap<>();
        tasks.forEach(t -> out.put(t.sectionId(), t.entry()));
        return out;
    }
}
