package vn.kehoach.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The fields of a plan's header as a form edits them (fragment {@code plan/fragments :: headerFields} and
 * {@code recipientsAndSigner}): year, title, issuer and its header block, symbol, place, recipients, signer and
 * closing. The plan editor and the preview of an imported plan both extend it, so that the pages post the same
 * names; a form may check more (a draft being edited must have its symbol, an imported one not yet).
 */
public class PlanHeaderFields {

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
    @Size(max = 300)
    private String issuerLines;

    @Size(max = 40)
    private String symbol;

    @Size(max = 100)
    private String place;

    /** One recipient per line. */
    @Size(max = 5000)
    private String recipients;

    @Size(max = 200)
    private String signerAuthority;

    @Size(max = 100)
    private String signerTitle;

    @Size(max = 100)
    private String signerName;

    @Size(max = 5000)
    private String closing;

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
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    public String getSignerAuthority() { return signerAuthority; }
    public void setSignerAuthority(String signerAuthority) { this.signerAuthority = signerAuthority; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public String getClosing() { return closing; }
    public void setClosing(String closing) { this.closing = closing; }
}
