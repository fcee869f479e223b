/**
 * Import of existing plans: reads an official's plan (plain text, often extracted from a PDF or converted from Word,
 * or a .docx) into a structured draft — header, legal basis, numbered sections, tasks, agencies, reporting deadlines,
 * recipients and signer — with Vietnamese warnings for whatever could not be read. Pure library: no beans, no
 * database; {@link vn.kehoach.document.parse.PlanFileReader} turns an upload into text and
 * {@link vn.kehoach.document.parse.PlanTextParser} turns text into a {@link vn.kehoach.document.parse.ParsedPlan}.
 */
package vn.kehoach.document.parse;
