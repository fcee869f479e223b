package vn.kehoach.plan;

/**
 * The plan as its official document, in HTML for the plan page. Written by the module that writes the Word and PDF
 * files (which depends on this one), so that the page shows exactly what they print: header, legal basis, numbered
 * sections, reporting regime, recipients, signature and the task appendix.
 */
public interface PlanDocumentView {

    /** A block of HTML (escaped text, no scripts, no style attributes) that {@code /css/document.css} lays out. */
    String html(PlanDetails plan);
}
