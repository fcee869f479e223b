package vn.kehoach.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What makes an item a task: one lead agency (chủ trì), coordinating agencies (phối hợp), a time window, the expected
 * output (sản phẩm) and the strategy targets it serves.
 *
 * @param leadNote      the lead as written when it is not (yet) an agency of the roster
 * @param leadRequested the lead is requested ("Đề nghị …") rather than assigned: a body outside the issuer's
 *                      authority (a Party committee's board, the Fatherland Front, a mass organisation). It still
 *                      reports on the task when asked; plans word its duty as a request. Bodies of the roster whose
 *                      kind is requested by nature need not carry the mark.
 */
public record TaskContent(Long leadAgencyId, String leadNote, List<Long> coordinatingAgencyIds, LocalDate from,
                          LocalDate to, String timeNote, String output, List<String> targetCodes,
                          Long implementsSectionId, boolean leadRequested) {

    public TaskContent {
        coordinatingAgencyIds = coordinatingAgencyIds == null ? List.of() : List.copyOf(coordinatingAgencyIds);
        targetCodes = targetCodes == null ? List.of() : List.copyOf(targetCodes);
    }

    /** A task whose lead is assigned. */
    public TaskContent(Long leadAgencyId, String leadNote, List<Long> coordinatingAgencyIds, LocalDate from,
                       LocalDate to, String timeNote, String output, List<String> targetCodes,
                       Long implementsSectionId) {
        this(leadAgencyId, leadNote, coordinatingAgencyIds, from, to, timeNote, output, targetCodes,
                implementsSectionId, false);
    }
}
