package vn.kehoach.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.domain.LegalBasis;
import vn.kehoach.plan.domain.PlanHeader;
import vn.kehoach.shared.text.VietnameseText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The plan's header, legal basis, recipients, signer and closing as one form. */
public class PlanHeaderForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotBlank
    @Size(max = 500)
    private String title;

    @NotNull
    private Long issuerAgencyId;

    @Size(max = 200)
    private String parentBodyLine;

    /** One line per line of the header's issuer block. */
    @NotBlank
    @Size(max = 300)
    private String issuerLines;

    @NotBlank
    @Size(max = 40)
    private String symbol;

    @NotBlank
    @Size(max = 100)
    private String place;

    @Valid
    private List<LegalBasisForm> legalBasis = new ArrayList<>();

    /** One recipient per line. */
    @Size(max = 5000)
    private String recipients;

    private String generatedRecipients;

    @Size(max = 200)
    private String signerAuthority;

    @Size(max = 100)
    private String signerTitle;

    @Size(max = 100)
    private String signerName;

    @Size(max = 3000)
    private String closing;

    private long version;

    static PlanHeaderForm of(PlanDetails plan, List<String> generated) {
        PlanHeaderForm form = new PlanHeaderForm();
        form.year = plan.year();
        form.title = plan.title();
        form.issuerAgencyId = plan.issuer().agencyId();
        form.parentBodyLine = plan.issuer().parentBodyLine();
        form.issuerLines = String.join("\n", plan.issuer().issuerLines());
        form.symbol = plan.symbol();
        form.place = plan.place();
        plan.legalBasis().forEach(b -> form.legalBasis.add(new LegalBasisForm(b.text(), b.documentNumber(), b.date(),
                b.issuer(), b.planId())));
        form.recipients = String.join("\n", plan.recipients());
        form.generatedRecipients = String.join("\n", generated);
        form.signerAuthority = plan.signer().authority();
        form.signerTitle = plan.signer().title();
        form.signerName = plan.signer().name();
        form.closing = plan.closing();
        form.version = plan.version();
        return form;
    }

    PlanHeader toHeader(Long parentPlanId) {
        List<String> recipientLines = lines(recipients);
        boolean customized = !recipientLines.equals(lines(generatedRecipients));
        return new PlanHeader(year, VietnameseText.clean(title), issuerAgencyId, parentBodyLine,
                lines(issuerLines), symbol.strip(), VietnameseText.clean(place), parentPlanId, recipientLines,
                customized, signerAuthority, signerTitle, signerName, closing);
    }

    List<LegalBasis> toLegalBasis() {
        return legalBasis.stream().filter(b -> !b.isBlank()).map(b -> new LegalBasis(VietnameseText.clean(b.getText()),
                b.getDocumentNumber(), b.getDocumentDate(), b.getIssuer(),
                b.getLinkedPlanId())).toList();
    }

    /** Lines of a textarea, trimmed, without empty ones and without the "- " and ";" the document adds itself. */
    static List<String> lines(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.split("\\R")).map(VietnameseText::clean)
                .map(l -> l.replaceFirst("^[-+•]\\s*", "").replaceFirst("[;.]$", "").strip())
                .filter(l -> !l.isEmpty()).toList();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getIssuerAgencyId() { return issuerAgencyId; }
    public void setIssuerAgencyId(Long issuerAgencyId) { this.issuerAgencyId = issuerAgencyId; }
    public String getParentBodyLine() { return parentBodyLine; }
    public void setParentBodyLine(String parentBodyLine) { this.parentBodyLine = parentBodyLine; }
    public String getIssuerLines() { return issuerLines; }
    public void setIssuerLines(String issuerLines) { this.issuerLines = issuerLines; }
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public List<LegalBasisForm> getLegalBasis() { return legalBasis; }
    public void setLegalBasis(List<LegalBasisForm> legalBasis) { this.legalBasis = legalBasis; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    public String getGeneratedRecipients() { return generatedRecipients; }
    public void setGeneratedRecipients(String generatedRecipients) { this.generatedRecipients = generatedRecipients; }
    public String getSignerAuthority() { return signerAuthority; }
    public void setSignerAuthority(String signerAuthority) { this.signerAuthority = signerAuthority; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public String getClosing() { return closing; }
    public void setClosing(String closing) { this.closing = closing; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
