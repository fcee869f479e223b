package vn.kehoach.reporting;

import vn.kehoach.plan.ReportKind;

/** How a report is called where its kind alone does not say it. */
public final class ReportTitles {

    private ReportTitles() {
    }

    /**
     * The requirement's own wording for a thematic, self-inspection or other report, when the plan gives one; the
     * 6-month and annual reports are called by their period.
     */
    public static String own(ReportKind kind, String requirementText) {
        if (kind == ReportKind.SIX_MONTH || kind == ReportKind.ANNUAL) return null;
        if (requirementText == null || requirementText.isBlank()) return null;
        String text = requirementText.strip();
        return text.length() > 160 ? text.substring(0, 157) + "…" : text;
    }
}
