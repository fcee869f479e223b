package vn.kehoach.plan;

import vn.kehoach.officialdoc.OfficialWording;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of a plan list.
 *
 * @param amends the issued plan this one amends ("sửa đổi, bổ sung"), or null
 */
public record PlanSummary(long id, PlanStatus status, int year, String title, String number, String symbol,
                          LocalDate issuedOn, int revision, long issuerUnitId, String issuerUnitCode,
                          String issuerUnitName, String issuerAgencyName, Long parentPlanId, Instant updatedAt,
                          Amended amends) {

    public PlanSummary(long id, PlanStatus status, int year, String title, String number, String symbol,
                       LocalDate issuedOn, int revision, long issuerUnitId, String issuerUnitCode,
                       String issuerUnitName, String issuerAgencyName, Long parentPlanId, Instant updatedAt) {
        this(id, status, year, title, number, symbol, issuedOn, revision, issuerUnitId, issuerUnitCode, issuerUnitName,
                issuerAgencyName, parentPlanId, updatedAt, null);
    }

    /** "Số 72/KH-UBND" or the symbol alone while the number is blank. */
    public String reference() {
        return reference(number, symbol);
    }

    /** "72/KH-UBND", or "/KH-UBND" while the number is blank. */
    public static String reference(String number, String symbol) {
        return (number == null ? "" : number) + "/" + symbol;
    }

    /** The plan an amendment amends: its number, symbol and date of issue. */
    public record Amended(long id, String number, String symbol, LocalDate issuedOn) {

        /** "35/KH-UBND". */
        public String reference() {
            return OfficialWording.twoDigits(number) + "/" + symbol;
        }
    }
}
