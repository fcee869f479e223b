package vn.kehoach.plan;

import vn.kehoach.officialdoc.Numbering;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole plan given at once — read from an existing document and checked by the user — to be saved as a draft.
 *
 * @param closing the paragraph that closes the body, null for the issuer's usual one
 */
public record PlanDraft(int year, String title, long issuerAgencyId, String parentBodyLine, List<String> issuerLines,
                        String symbol, String place, List<LegalBasisEntry> legalBasis, List<Section> sections,
                        List<Requirement> requirements, List<String> recipients, String signerAuthority,
                        String signerTitle, String signerName, String closing) {

    public record LegalBasisEntry(String text, String documentNumber, LocalDate date, String issuer, Long planId) {
    }

    /** A part of the body; {@code task} is null when the item is not a task. */
    public record Section(SectionKind kind, Numbering.Style style, String title, String html, Task task,
                          List<Section> children) {
    }

    /** @param leadRequested the lead is requested ("Đề nghị …"), not assigned */
    public record Task(Long leadAgencyId, String leadNote, List<Long> coordinatingAgencyIds, LocalDate from,
                       LocalDate to, String timeNote, String output, boolean leadRequested) {
    }

    public record Requirement(ReportKind kind, LocalDate periodFrom, LocalDate periodTo, LocalDate dueDate,
                              Long receiverAgencyId, String receiverText, String text) {
    }
}
