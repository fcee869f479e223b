package vn.kehoach.reporting.export;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.kehoach.officialdoc.DocumentTable;
import vn.kehoach.officialdoc.OfficialDocument;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.reporting.StrategyAnnex;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.VietnameseText;

import java.util.List;
import java.util.Optional;

/**
 * A report as the Decree 30/2020 document its unit or agency signs ("BÁO CÁO" with the "Kính gửi:" block and the
 * usual outline: I. results per task, II. assessment, III. directions, IV. proposals) and its annex tables, which are
 * also exported on their own as a workbook for re-entry into provincial reporting platforms. The document text is
 * Vietnamese whatever the page language: it is what the unit files and sends.
 *
 * <p>Only {@link #letterhead} reads the roster; the body ({@link ReportDocument}) and the annex tables
 * ({@link ReportAnnexes}) map the report as given, so they can be checked without a database.
 */
@Component
public class ReportExports {

    private final Units units;
    private final Agencies agencies;
    private final ObjectProvider<StrategyAnnex> strategyAnnex;

    ReportExports(Units units, Agencies agencies, ObjectProvider<StrategyAnnex> strategyAnnex) {
        this.units = units;
        this.agencies = agencies;
        this.strategyAnnex = strategyAnnex;
    }

    /** Where the strategy-target annex of a table comes from: (heading, subtitle) to the table, if any. */
    @FunctionalInterface
    public interface StrategyTable {
        Optional<DocumentTable> table(String heading, String subtitle);
    }

    /** A unit's report carries the attainment of the strategy targets rolled up for its unit and year. */
    private StrategyTable strategyTable(ReportView report) {
        StrategyAnnex source = strategyAnnex.getIfAvailable();
        if (source == null || report.reporterKind() != ReporterKind.UNIT) return null;
        return (heading, subtitle) -> source.forUnit(report.reporterUnitId(), report.year(), heading, subtitle);
    }

    /**
     * Who issues the report and how its header reads (Decree 30 ô 2–4).
     *
     * @param issuerName  the issuer in running text ("Ủy ban nhân dân tỉnh Quảng Ngãi", "Sở Y tế tỉnh Quảng Ngãi")
     * @param archive     the drafting agency's abbreviation, for "Lưu: VT, SNV"
     * @param usualSigner the signature block, title last, for a report sent without one
     */
    public record Letterhead(List<String> parentBodyLines, List<String> issuerLines, String issuerName, String symbol,
                             String place, String archive, List<String> usualSigner) {
    }

    public OfficialDocument document(ReportView report, ReportQueries.Sources sources) {
        return ReportDocument.document(report, sources, letterhead(report), strategyTable(report));
    }

    public List<DocumentTable> annexes(ReportView report, ReportQueries.Sources sources) {
        return ReportAnnexes.annexes(report, sources, letterhead(report), strategyTable(report)).stream()
                .map(ReportAnnexes.Annex::table).toList();
    }

    /**
     * The same rules as a plan's header (DOMAIN.md §1.3): a unit's report is issued by its People's Committee
     * whichever agency drafts it ("ỦY BAN NHÂN DÂN" / "PHƯỜNG ĐĂK CẤM", BC-UBND); an agency's report by the agency
     * under its People's Committee ("UBND TỈNH QUẢNG NGÃI" / "SỞ Y TẾ", BC-SYT). An agency that replaced the one
     * first asked (a merger) writes under its own name.
     */
    public Letterhead letterhead(ReportView report) {
        UnitRef unit = units.get(report.reporterUnitId());
        AgencyRef drafter = agencies.find(report.ownerAgencyId()).orElseThrow(
                () -> new IllegalStateException("report " + report.id() + " has no drafting agency"));
        AgencyRef issuer = report.reporterKind() == ReporterKind.AGENCY
                ? drafter
                : agencies
                        .activeOf(unit.id(),
                                Optional.ofNullable(ReportDocument.issuedOn(report)).orElse(report.dueDate()))
                        .stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE).findFirst().orElse(null);
        String place = unit.level() == UnitLevel.CENTRAL ? OfficialText.of("official.capital") : unit.name();
        String archive = drafter.shortName() == null || drafter.shortName().isBlank()
                ? drafter.name()
                : drafter.shortName();
        String unitLine = unit.inlineName().toUpperCase(VietnameseText.VIETNAMESE);
        if (issuer == null || issuer.kind() == AgencyKind.PEOPLES_COMMITTEE) {
            return new Letterhead(List.of(), List.of(OfficialText.of("official.committee"), unitLine),
                    issuer == null ? OfficialText.of("official.committee.of", unit.inlineName()) : issuer.name(),
                    "BC-" + (issuer == null ? "UBND" : issuer.shortName()), place, archive,
                    List.of(OfficialText.of("official.signer.onBehalf"), OfficialText.of("official.signer.forChair"),
                            OfficialText.of("official.signer.viceChair")));
        }
        List<String> parent = unit.level() == UnitLevel.CENTRAL
                ? List.of()
                : List.of(OfficialText.of("official.committee.short", unitLine));
        return new Letterhead(parent, List.of(withoutUnit(issuer.name(), unit).toUpperCase(VietnameseText.VIETNAMESE)),
                issuer.name(), "BC-" + issuer.shortName(), place, archive,
                List.of(OfficialText.of("official.signer.forDirector"),
                        OfficialText.of("official.signer.viceDirector")));
    }

    /** "Sở Y tế tỉnh Quảng Ngãi" → "Sở Y tế": the unit is already named in the line above. */
    private static String withoutUnit(String agencyName, UnitRef unit) {
        String suffix = " " + unit.inlineName();
        return agencyName.endsWith(suffix)
                ? agencyName.substring(0, agencyName.length() - suffix.length())
                : agencyName;
    }

    /** "Báo cáo 6 tháng đầu năm 2025 - Tỉnh Quảng Ngãi.docx": the period and reporter, as officials file it. */
    public static String fileName(ReportView report, String extension) {
        return safe(OfficialText.of("report.file.document", ReportDocument.period(report), report.reporterName()))
                + "." + extension;
    }

    /** "Phụ lục báo cáo 6 tháng đầu năm 2025 - Tỉnh Quảng Ngãi.xlsx". */
    public static String annexFileName(ReportView report, String extension) {
        return safe(OfficialText.of("report.file.annexes", ReportDocument.period(report), report.reporterName()))
                + "." + extension;
    }

    /** Characters no file system takes become "-". */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]+", "-");
    }
}
