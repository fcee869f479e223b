package vn.kehoach.document.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan read from text, as a draft for the user to check in the preview. Lists are never null (empty when nothing
 * was found); single values are null when the document leaves them blank or they could not be read, and then
 * {@link #warnings} usually says so.
 *
 * @param parentBodyLines header lines above the issuer (cơ quan chủ quản), e.g. ["UBND TỈNH QUẢNG NGÃI"] for a Sở
 * @param issuerLines     the issuing body as printed, e.g. ["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"]
 * @param number          the number as printed ("72", "05"); null when left blank ("Số:      /KH-UBND")
 * @param symbol          the symbol after the slash, e.g. "KH-UBND"
 * @param place           the place name before "ngày", e.g. "Ba Tơ"
 * @param issuedOn        null when the date has blanks ("ngày     tháng     năm 2025")
 * @param year            the plan's year: from the title, else the issue date, else the header's "năm 2025"
 * @param title           trích yếu without "KẾ HOẠCH", on one line
 * @param sections        the numbered body as a tree
 * @param agencies        the agencies named by the items of the implementation section (Tổ chức thực hiện)
 * @param recipients      Nơi nhận lines without the leading "- " and the trailing ";" or "."
 * @param signer          null when no signature block was found
 * @param warnings        Vietnamese notes on what could not be read, for the preview
 */
public record ParsedPlan(
        List<String> parentBodyLines,
        List<String> issuerLines,
        String number,
        String symbol,
        String place,
        LocalDate issuedOn,
        Integer year,
        String title,
        List<ParsedLegalBasis> legalBasis,
        List<ParsedSection> sections,
        List<ParsedTask> tasks,
        List<ParsedAgency> agencies,
        List<ParsedRequirement> reportingRequirements,
        List<String> recipients,
        ParsedSigner signer,
        List<String> warnings) {
}
