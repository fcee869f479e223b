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

    public String getText() {
        return text;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public String getIssuer() {
        return issuer;
    }

    public Long getLinkedPlanId() {
        return linkedPlanId;
    }
}
