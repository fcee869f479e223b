/**
 * Official documents: the Decree 30/2020/NĐ-CP document model ({@link vn.kehoach.officialdoc.OfficialDocument}), its
 * numbering and wording, and its renditions as Word (.docx), PDF, HTML (print view and PDF source) and annex tables
 * as Excel (.xlsx). Pure functions of the input: no database, no state between calls, no feature module below it, so
 * plans, reports, indicators and imports all write the same layout.
 *
 * <p>All renditions are driven by the same text rules ({@link vn.kehoach.officialdoc.Decree30}) and the same
 * flattened body ({@link vn.kehoach.officialdoc.BodyLayout}), so the Word file and the PDF say the same thing
 * in the same places.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Official documents", allowedDependencies = {})
package vn.kehoach.officialdoc;
