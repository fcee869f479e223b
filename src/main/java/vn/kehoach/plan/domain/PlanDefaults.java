package vn.kehoach.plan.domain;

import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitType;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What a new plan's header, signature and recipients usually say (DOMAIN.md §1.3, §1.6, §1.7), derived from the
 * issuing agency and unit. Drafters can change all of it.
 */
public final class PlanDefaults {

    private static final Locale VI = VietnameseText.VIETNAMESE;

    private PlanDefaults() {
    }

    public static String title(int year, UnitRef unit) {
        return unit.level() == UnitLevel.CENTRAL
                ? OfficialText.of("plan.default.title.central", year)
                : OfficialText.of("plan.default.title", year, unit.inlineName());
    }

    /** "UBND TỈNH QUẢNG NGÃI" above a Sở; none above a People's Committee. */
    public static String parentBodyLine(AgencyRef issuer, UnitRef unit) {
        if (issuer.kind() == AgencyKind.PEOPLES_COMMITTEE || unit.level() == UnitLevel.CENTRAL) return null;
        return OfficialText.of("official.committee.short", unit.inlineName().toUpperCase(VI));
    }

    /** "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI", or the agency's own name without its unit ("SỞ NỘI VỤ"). */
    public static List<String> issuerLines(AgencyRef issuer, UnitRef unit) {
        if (issuer.kind() == AgencyKind.PEOPLES_COMMITTEE) {
            return List.of(OfficialText.of("official.committee"), unit.inlineName().toUpperCase(VI));
        }
        return List.of(shortAgencyName(issuer, unit).toUpperCase(VI));
    }

    /** The agency's name without the unit it belongs to: "Sở Nội vụ tỉnh Quảng Ngãi" → "Sở Nội vụ". */
    public static String shortAgencyName(AgencyRef agency, UnitRef unit) {
        String suffix = " " + unit.inlineName();
        String name = agency.name();
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    /**
     * The agency as a plan of its own unit names it in running text: a department without the unit ("Sở Y tế"),
     * any other agency with only the unit's kind ("Công an tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam xã").
     */
    public static String nameInText(AgencyRef agency, UnitRef planUnit) {
        if (agency.unitId() != planUnit.id()) return agency.name();
        String shortName = shortAgencyName(agency, planUnit);
        if (shortName.equals(agency.name()) || agency.kind() == AgencyKind.DEPARTMENT) return shortName;
        return shortName + " " + planUnit.type().prefix();
    }

    public static String symbol(AgencyRef issuer) {
        return "KH-" + issuer.shortName();
    }

    /** The place name of the header: the unit's own name ("Quảng Ngãi", "Đăk Cấm"). */
    public static String place(UnitRef unit) {
        return unit.level() == UnitLevel.CENTRAL ? OfficialText.of("official.capital") : unit.name();
    }

    public static String signerAuthority(AgencyRef issuer) {
        return issuer.kind() == AgencyKind.PEOPLES_COMMITTEE
                ? OfficialText.of("official.signer.onBehalf") + "\n" + OfficialText.of("official.signer.forChair")
                : OfficialText.of("official.signer.forDirector");
    }

    public static String signerTitle(AgencyRef issuer) {
        return OfficialText.of(issuer.kind() == AgencyKind.PEOPLES_COMMITTEE
                ? "official.signer.viceChair"
                : "official.signer.viceDirector");
    }

    public static String closing(AgencyRef issuer, UnitRef unit) {
        String who = issuer.kind() == AgencyKind.PEOPLES_COMMITTEE
                ? OfficialText.of("official.committee.of", unit.inlineName())
                : shortAgencyName(issuer, unit);
        return OfficialText.of("plan.default.closing", who);
    }

    /**
     * The usual "Nơi nhận": the level above and its focal agency for information, the unit's own leadership, every
     * agency assigned a task, the units below when they implement it, and the archive.
     *
     * @param parentUnit       the level above (null for the ministry)
     * @param parentFocal      the focal agency above, if known
     * @param assigned         agencies named as lead or coordinating, in their conventional order
     * @param hasUnitsBelow    whether the plan is carried out by units below
     */
    public static List<String> recipients(UnitRef unit, UnitRef parentUnit, AgencyRef parentFocal,
                                          Collection<AgencyRef> assigned, boolean hasUnitsBelow,
                                          AgencyRef drafting, LocalDate at) {
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        if (parentFocal != null)
            lines.add(OfficialText.of("plan.default.recipient.forInformation", parentFocal.name()));
        if (parentUnit != null && parentUnit.level() != UnitLevel.CENTRAL) {
            lines.add(OfficialText.of("plan.default.recipient.forInformation",
                    OfficialText.of("official.committee.short", parentUnit.inlineName())));
        }
        if (unit.level() == UnitLevel.PROVINCE) {
            lines.add(OfficialText.of("plan.default.recipient.provinceParty"));
            lines.add(OfficialText.of("plan.default.recipient.provinceLeaders"));
        } else if (unit.level() == UnitLevel.COMMUNE || unit.level() == UnitLevel.DISTRICT) {
            String word = unit.type().prefix();
            lines.add(OfficialText.of("plan.default.recipient.localParty", word));
            lines.add(OfficialText.of("plan.default.recipient.localLeaders", word));
        }
        List<AgencyRef> sorted = new ArrayList<>(assigned);
        sorted.sort(Comparator.comparing((AgencyRef a) -> a.kind().isRequestedNotAssigned())
                .thenComparingInt(AgencyRef::sortOrder).thenComparing(AgencyRef::name));
        for (AgencyRef agency : sorted) {
            if (agency.kind() == AgencyKind.PEOPLES_COMMITTEE && agency.unitId() == unit.id()) continue;
            lines.add(agency.name());
        }
        if (hasUnitsBelow) {
            lines.add(OfficialText.of("plan.default.recipient.below." + switch (unit.level()) {
                case CENTRAL -> "provinces";
                // Districts ended on 30/6/2025; before that a province's plan went to them.
                case PROVINCE -> at.isBefore(LocalDate.of(2025, 7, 1))
                        ? (unit.type() == UnitType.CENTRAL_CITY ? "urbanDistricts" : "districts")
                        : "communes";
                case DISTRICT -> "districtCommunes";
                case COMMUNE -> "villages";
            }));
        }
        lines.add(OfficialText.of("report.document.archive", drafting.shortName()));
        return List.copyOf(lines);
    }
}
