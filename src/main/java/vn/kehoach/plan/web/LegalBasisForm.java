package vn.kehoach.plan.web;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** One row of the legal basis in the header form; a row with no text is dropped. */
public class LegalBasisForm {

    @Size(max = 2000)
    private String text;

    @Size(max = 100)
    private String documentNumber;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate documentDate;

    @Size(max = 300)
    private String issuer;

    private Long linkedPlanId;

    public LegalBasisForm() {
    }

    LegalBasisForm(String text, String documentNumber, LocalDate documentDate, String issuer, Long linkedPlanId) {
        this.text = text;
        this.documentNumber = documentNumber;
        this.documentDate = documentDate;
        this.issuer = issuer;
        this.linkedPlanId = linkedPlanId;
    }

    boolean isBlank() { return text == null || text.isBlank(); }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public LocalDate getDocumentDate() { return documentDate; }
    public void setDocumentDate(LocalDate documentDate) { this.documentDate = documentDate; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public Long getLinkedPlanId() { return linkedPlanId; }
    public void setLinkedPlanId(Long linkedPlanId) { this.linkedPlanId = linkedPlanId; }
}
