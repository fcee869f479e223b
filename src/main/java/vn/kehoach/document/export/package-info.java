/**
 * Official document export: turns a structured plan or report ({@link vn.kehoach.document.export.OfficialDocument})
 * into a Decree 30/2020/NĐ-CP document as Word (.docx), PDF, HTML (print view and PDF source) and annex tables as
 * Excel (.xlsx). Pure functions of the input: no database, no state between calls.
 *
 * <p>All renditions are driven by the same text rules ({@link vn.kehoach.document.export.Decree30}) and the same
 * flattened body ({@link vn.kehoach.document.export.BodyLayout}), so the Word file and the PDF say the same thing
 * in the same places.
 */
@org.springframework.modulith.NamedInterface("export")
package vn.kehoach.document.export;
