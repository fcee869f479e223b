package vn.kehoach.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a plan's header that only its document shows (title, header block lines, place, recipients, signer,
 * closing sentence), kept apart from what the plan is found and checked by (year, issuer, symbol, number), which
 * stays on {@link Plan}. Columns of the plan table; changed only through {@link Plan}, which checks and stamps.
 */
@Embeddable
class PlanWording {

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "parent_body_line")
    private String parentBodyLine;

    @Column(name = "issuer_lines", nullable = false)
    private String issuerLines;

    @Column(name = "place", nullable = false)
    private String place;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipients", columnDefinition = "text[]", nullable = false)
    private List<String> recipients = new ArrayList<>();

    @Column(name = "recipients_customized")
    private boolean recipientsCustomized;

    @Column(name = "signer_authority")
    private String signerAuthority;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "closing")
    private String closing;

    protected PlanWording() {
    }

    static PlanWording of(PlanHeader header) {
        PlanWording wording = new PlanWording();
        wording.title = header.title();
        wording.parentBodyLine = header.parentBodyLine();
        wording.issuerLines = String.join("\n", header.issuerLines());
        wording.place = header.place();
        wording.recipients = new ArrayList<>(header.recipients());
        wording.recipientsCustomized = header.recipientsCustomized();
        wording.sign(header.signerAuthority(), header.signerTitle(), header.signerName());
        wording.closing = header.closing();
        return wording;
    }

    /** The whole header, with the parts the plan keeps itself. */
    PlanHeader header(int year, Long issuerAgencyId, String symbol, Long parentPlanId) {
        return new PlanHeader(year, title, issuerAgencyId, parentBodyLine, issuerLineList(), symbol, place,
                parentPlanId, List.copyOf(recipients), recipientsCustomized, signerAuthority, signerTitle, signerName,
                closing);
    }

    void sign(String authority, String title, String name) {
        this.signerAuthority = authority;
        this.signerTitle = title;
        this.signerName = name;
    }

    void replaceRecipients(List<String> generated) {
        this.recipients = new ArrayList<>(generated);
    }

    List<String> issuerLineList() {
        return issuerLines == null || issuerLines.isBlank() ? List.of() : List.of(issuerLines.split("\n"));
    }

    String title() { return title; }

    String parentBodyLine() { return parentBodyLine; }

    String place() { return place; }

    List<String> recipients() { return List.copyOf(recipients); }

    boolean recipientsCustomized() { return recipientsCustomized; }

    String signerAuthority() { return signerAuthority; }

    String signerTitle() { return signerTitle; }

    String signerName() { return signerName; }

    String closing() { return closing; }
}
