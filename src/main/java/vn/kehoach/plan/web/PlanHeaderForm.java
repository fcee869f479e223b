package vn.kehoach.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanHeaderFields;
import vn.kehoach.plan.domain.LegalBasis;
import vn.kehoach.plan.domain.PlanHeader;
import vn.kehoach.shared.text.VietnameseText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The plan's header, legal basis, recipients, signer and closing as one form. */
public class PlanHeaderForm extends PlanHeaderFields {

    @Valid
    private List<LegalBasisForm> legalBasis = new ArrayList<>();

    private String generatedRecipients;

    private long version;

    static PlanHeaderForm of(PlanDetails plan, List<String> generated) {
        PlanHeaderForm form = new PlanHeaderForm();
        form.setYear(plan.year());
        form.setTitle(plan.title());
        form.setIssuerAgencyId(plan.issuer().agencyId());
        form.setParentBodyLine(plan.issuer().parentBodyLine());
        form.setIssuerLines(String.join("\n", plan.issuer().issuerLines()));
        form.setSymbol(plan.symbol());
        form.setPlace(plan.place());
        plan.legalBasis().forEach(b -> form.legalBasis.add(new LegalBasisForm(b.text(), b.documentNumber(), b.date(),
                b.issuer(), b.planId())));
        form.setRecipients(String.join("\n", plan.recipients()));
        form.generatedRecipients = String.join("\n", generated);
        form.setSignerAuthority(plan.signer().authority());
        form.setSignerTitle(plan.signer().title());
        form.setSignerName(plan.signer().name());
        form.setClosing(plan.closing());
        form.version = plan.version();
        return form;
    }

    /** A draft being edited has its header block, symbol and place; its closing fits the document. */
    @Override
    @NotBlank
    public String getIssuerLines() { return super.getIssuerLines(); }

    @Override
    @NotBlank
    public String getSymbol() { return super.getSymbol(); }

    @Override
    @NotBlank
    public String getPlace() { return super.getPlace(); }

    @Override
    @Size(max = 3000)
    public String getClosing() { return super.getClosing(); }

    PlanHeader toHeader(Long parentPlanId) {
        List<String> recipientLines = lines(getRecipients());
        boolean customized = !recipientLines.equals(lines(generatedRecipients));
        return new PlanHeader(getYear(), VietnameseText.clean(getTitle()), getIssuerAgencyId(), getParentBodyLine(),
                lines(getIssuerLines()), getSymbol().strip(), VietnameseText.clean(getPlace()), parentPlanId,
                recipientLines, customized, getSignerAuthority(), getSignerTitle(), getSignerName(), getClosing());
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

    public List<LegalBasisForm> getLegalBasis() { return legalBasis; }
    public void setLegalBasis(List<LegalBasisForm> legalBasis) { this.legalBasis = legalBasis; }
    public String getGeneratedRecipients() { return generatedRecipients; }
    public void setGeneratedRecipients(String generatedRecipients) { this.generatedRecipients = generatedRecipients; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
