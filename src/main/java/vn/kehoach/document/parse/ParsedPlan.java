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
 * @param sections        the numbered body as a tree, with the rows of an assignment table that name no item of it
 *                        as items where the table stood (or as a part of their own after the body)
 * @param tasks           every task with who carries it out: tasks of the body, duties of the agencies' blocks under
 *                        "Tổ chức thực hiện", rows of assignment tables; in reading order
 * @param agencies        the agencies given duties in the implementation section (Tổ chức thực hiện), one per agency
 *                        its items name ("Sở Y tế, Sở Giáo dục và Đào tạo:" is two)
 * @param recipients      Nơi nhận lines without the leading "- " and the trailing ";" or "."
 * @param signer          null when no signature block was found
 * @param closing         the text after the last list of the body, which closes the plan ("Ủy ban nhân dân huyện đề
 *                        nghị các phòng, ban … nghiêm túc triển khai thực hiện"), without "./."; null when none
 * @param issuerUnit      where the document says it comes from, for finding its unit in the roster
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
                         List<String> warnings,
                         String closing,
                         ParsedIssuerUnit issuerUnit) {
}
