package vn.kehoach.plan.domain;

import java.util.List;

/**
 * The Decree 30 parts of a plan outside its body: year and title, the header block (parent body line, issuer
 * lines, symbol, place), recipients, signer and closing sentence.
 */
public record PlanHeader(int year, String title, Long issuerAgencyId, String parentBodyLine, List<String> issuerLines,
                         String symbol, String place, Long parentPlanId, List<String> recipients,
                         boolean recipientsCustomized, String signerAuthority, String signerTitle, String signerName,
                         String closing) {

    public PlanHeader {
        issuerLines = issuerLines == null ? List.of() : List.copyOf(issuerLines);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
