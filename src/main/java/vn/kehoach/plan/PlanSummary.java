package vn.kehoach.plan;


import java.time.Instant;
import java.time.LocalDate;

/** A row of a plan list. */
public record PlanSummary(long id, PlanStatus status, int year, String title, String number, String symbol,
                          LocalDate issuedOn, int revision, long issuerUnitId, String issuerUnitCode,
                          String issuerUnitName, String issuerAgencyName, Long parentPlanId, Instant updatedAt) {

    /** "Số 72/KH-UBND" or the symbol alone while the number is blank. */
    public String reference() {
        return (number == null ? "" : number) + "/" + symbol;
    }
}
