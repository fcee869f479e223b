package vn.kehoach.document.parse;

import java.time.LocalDate;

/**
 * One document cited by the plan's opening "Căn cứ …" / "Thực hiện …" sentences; a sentence citing several documents
 * gives one entry each.
 *
 * @param text           the clause that cites the document, as written
 * @param documentType   the Decree 30 abbreviation of the type: "KH", "QĐ", "NQ", "NĐ", "TT", "CT", "HD", "TB",
 *                       "TTr", "BC", "CTr", "ĐA"; "CV" for a công văn (which has no official abbreviation) and
 *                       "Luật" for a law or code
 * @param documentNumber number and symbol, e.g. "72/KH-UBND"; for a law its name when it has no number
 * @param date           null when the citation gives no date
 * @param issuer         e.g. "UBND tỉnh Quảng Ngãi"; a bare "UBND tỉnh" is completed with the province the text names
 */
public record ParsedLegalBasis(String text, String documentType, String documentNumber, LocalDate date,
                               String issuer) {
}
