package vn.kehoach.plan.domain;

import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.plan.SectionKind;

/**
 * The text of a section: kind, numbering style (null = the convention of its depth), title and sanitised body.
 */
public record SectionContent(SectionKind kind, Numbering.Style style, String title, String bodyHtml) {
}
