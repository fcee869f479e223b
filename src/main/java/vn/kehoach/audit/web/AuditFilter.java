package vn.kehoach.audit.web;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditObject;

import java.time.LocalDate;

/** The search form of the audit page, as typed; {@code unitLabel} only shows the picked unit again. */
public class AuditFilter {

    @Size(max = 100)
    private String person;
    private Long unit;
    @Size(max = 300)
    private String unitLabel;
    private AuditObject objectType;
    @Size(max = 100)
    private String objectId;
    private AuditAction action;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate from;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate to;

    AuditSearch toSearch(int page, int size) {
        return new AuditSearch(person, unit, objectType, objectId, action, from, to, page, size);
    }

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public String getUnitLabel() { return unitLabel; }
    public void setUnitLabel(String unitLabel) { this.unitLabel = unitLabel; }
    public AuditObject getObjectType() { return objectType; }
    public void setObjectType(AuditObject objectType) { this.objectType = objectType; }
    public String getObjectId() { return objectId; }
    public void setObjectId(String objectId) { this.objectId = objectId; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
