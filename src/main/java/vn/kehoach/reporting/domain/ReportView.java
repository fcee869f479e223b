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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Entries by section, for pages that look one up. */
    public Map<Long, EntryContent> entriesBySection() {
        Map<Long, EntryContent> out = new HashMap<>();
        tasks.forEach(t -> out.put(t.sectionId(), t.entry()));
        return out;
    }
}
