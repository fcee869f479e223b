package vn.kehoach.reporting.domain;

import vn.kehoach.reporting.EntryState;

/**
 * One task's part of a report.
 *
 * @param implementsSectionId the task of the plan above that this task carries out, for summing upward
 * @param taskPath            the task's label path when written ("II.2.a"), kept with the text
 */
public record EntryContent(long sectionId, Long implementsSectionId, String taskPath, String taskTitle,
                           EntryState state, String narrative, Figures figures) {

    public boolean isBlank() {
        return state == null && (narrative == null || narrative.isBlank()) && figures.isEmpty();
    }
}
