package vn.kehoach.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What makes an item a task: one lead agency (chủ trì), coordinating agencies (phối hợp), a time window, the expected
 * output (sản phẩm) and the strategy targets it serves.
 *
 * @param leadNote the lead as written when it is not (yet) an agency of the roster
 */
public record TaskContent(Long leadAgencyId, String leadNote, List<Long> coordinatingAgencyIds, LocalDate from,
                          LocalDate to, String timeNote, String output, List<String> targetCodes,
                          Long implementsSectionId) {

    public TaskContent {
        coordinatingAgencyIds = coordinatingAgencyIds == null ? List.of() : List.copyOf(coordinatingAgencyIds);
        targetCodes = targetCodes == null ? List.of() : List.copyOf(targetCodes);
    }
}
