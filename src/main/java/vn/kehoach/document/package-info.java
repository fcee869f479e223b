/**
 * Documents in and out: reading existing plans from Word or text into a structured draft, and writing plans and
 * reports as official Decree 30/2020 documents (.docx, .pdf, print view) and annex tables (.xlsx).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = {"officialdoc", "plan",
        "roster", "shared"})
package vn.kehoach.document;
