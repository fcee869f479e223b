package vn.kehoach.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** One "Căn cứ" / "Thực hiện …" entry; it may link to a plan held in the system (the parent plan is one). */
@Embeddable
public class LegalBasis {

    @Column(nullable = false)
    private String text;

    private String documentNumber;

    private LocalDate documentDate;

    private String issuer;

    private Long linkedPlanId;

    protected LegalBasis() {
    }

    public LegalBasis(String text, String documentNumber, LocalDate documentDate, String issuer, Long linkedPlanId) {
        this.text = text;
        this.documentNumber = documentNumber;
        this.documentDate = documentDate;
        this.issuer = issuer;
        this.linkedPlanId = linkedPlanId;
    }

    /** The same entry for another plan (an element of a collection belongs to one plan only). */
    LegalBasis copy() {
        return new LegalBasis(text, documentNumber, documentDate, issuer, linkedPlanId);
    }

    /** Whether this entry cites the given plan: linked to it, or naming its number and symbol. */
    boolean cites(Plan plan) {
        if (plan == null) return false;
        if (plan.getId().equals(linkedPlanId)) return true;
        return plan.getNumber() != null && documentNumber != null
                && documentNumber.strip().replaceFirst("^0+(?=\\d)", "")
                        .equals(plan.getNumber().replaceFirst("^0+(?=\\d)", "") + "/" + plan.getSymbol());
    }

    public String getText() { return text; }

    public String getDocumentNumber() { return documentNumber; }

    public LocalDate getDocumentDate() { return documentDate; }

    public String getIssuer() { return issuer; }

    public Long getLinkedPlanId() { return linkedPlanId; }
}
