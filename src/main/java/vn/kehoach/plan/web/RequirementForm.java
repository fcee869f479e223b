package vn.kehoach.plan.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.plan.domain.RequirementContent;

import java.time.LocalDate;

public class RequirementForm {

    @NotNull
    private ReportKind kind = ReportKind.SIX_MONTH;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate periodFrom;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate periodTo;

    @NotNull
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate dueDate;

    private Long receiverAgencyId;

    private String receiverLabel;

    /** As the plan words it: "qua Phòng Văn hóa - Xã hội". */
    @Size(max = 300)
    private String receiverText;

    @NotNull
    private Reporters reporters = Reporters.BOTH;

    @Size(max = 2000)
    private String text;

    private long version;

    static RequirementForm of(PlanDetails.Requirement r, String receiverName, long version) {
        RequirementForm form = new RequirementForm();
        form.kind = r.kind();
        form.periodFrom = r.periodFrom();
        form.periodTo = r.periodTo();
        form.dueDate = r.dueDate();
        form.receiverAgencyId = r.receiverAgencyId();
        form.receiverLabel = receiverName;
        form.reporters = r.reporters();
        form.text = r.text();
        form.version = version;
        return form;
    }

    @AssertTrue
    public boolean isPeriodValid() { return periodFrom == null || periodTo == null || !periodTo.isBefore(periodFrom); }

    RequirementContent toContent() {
        return new RequirementContent(kind, periodFrom, periodTo, dueDate, receiverAgencyId,
                receiverText, reporters, text);
    }

    public ReportKind getKind() { return kind; }
    public void setKind(ReportKind kind) { this.kind = kind; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Long getReceiverAgencyId() { return receiverAgencyId; }
    public void setReceiverAgencyId(Long receiverAgencyId) { this.receiverAgencyId = receiverAgencyId; }
    public String getReceiverLabel() { return receiverLabel; }
    public void setReceiverLabel(String receiverLabel) { this.receiverLabel = receiverLabel; }
    public String getReceiverText() { return receiverText; }
    public void setReceiverText(String receiverText) { this.receiverText = receiverText; }
    public Reporters getReporters() { return reporters; }
    public void setReporters(Reporters reporters) { this.reporters = reporters; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
