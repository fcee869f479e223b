package vn.kehoach.officialdoc;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes an {@link OfficialDocument} as a Decree 30 Word document: the header block as a borderless two-column table,
 * the title, the body, the signature beside the Nơi nhận, page numbers from page 2, and each appendix in a section
 * of its own (landscape when wide, numbered from 1 as the decree wants for appendices).
 */
final class DocxWriter {

    /** Font sizes in half-points (Decree 30, Phụ lục I). */
    private static final int BODY = 28;
    private static final int ISSUER = 26;
    private static final int NATIONAL_NAME = 26;
    private static final int MOTTO = 28;
    private static final int NUMBER = 26;
    private static final int DATE = 28;
    private static final int NOI_NHAN = 24;
    private static final int RECIPIENT = 22;
    private static final int TABLE = 26;

    /** The issuer column's share of the text width; the national name needs the rest at 13 pt. */
    private static final double ISSUER_COLUMN = 0.36;
    /** The Nơi nhận column's share; the signer column gets the rest. */
    private static final double RECIPIENT_COLUMN = 0.45;
    /** Rules under the issuer and the trích yếu are 1/3 to 1/2 of the text above; this sits between. */
    private static final double SHORT_RULE = 0.4;
    /** Room left between the signer's title and name for the signature (and the seal), about 3 cm. */
    private static final int SIGNATURE_SPACE = 1700;

    byte[] write(OfficialDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(docx);
            pageNumbers(docx);
            header(docx, document);
            title(docx, document);
            if (!document.kinhGui().isEmpty()) kinhGui(docx, document.kinhGui());
            BodyLayout.of(document).forEach(paragraph -> body(docx, paragraph));
            signature(docx, document);
            // WordprocessingML keeps a section's page setup at its end: in the paragraph that closes it, and for
            // the last section in the body. So each appendix first closes the section before it.
            boolean landscape = false;
            boolean restart = false;
            for (DocumentTable table : document.appendices()) {
                endSection(docx, landscape, restart);
                appendix(docx, table);
                landscape = table.landscape();
                restart = true;
            }
            page(bodySection(docx), landscape, restart);
            docx.getProperties().getCoreProperties().setTitle(Decree30.documentTitle(document));
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word document", e);
        }
    }

    /**
     * Document defaults and the Normal style name Times New Roman in every slot, 14 pt, 6 pt after, single
     * spacing, Vietnamese proofing: text typed later in Word looks like the rest of the document.
     */
    private static void defaults(XWPFDocument docx) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        runDefaults(defaults.addNewRPrDefault().addNewRPr());
        CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(Docx.PARAGRAPH_SPACING));
        paragraph.getSpacing().setLine(BigInteger.valueOf(240));
        paragraph.getSpacing().setLineRule(STLineSpacingRule.AUTO);
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        runDefaults(normal.addNewRPr());
        docx.createStyles().setStyles(styles);
    }

    private static void runDefaults(CTRPr run) {
        Docx.timesNewRoman(run.addNewRFonts());
        run.addNewSz().setVal(BigInteger.valueOf(BODY));
        run.addNewSzCs().setVal(BigInteger.valueOf(BODY));
        run.addNewLang().setVal("vi-VN");
    }

    /** Page number centred in the top margin; an empty first-page header keeps page 1 unnumbered. */
    private static void pageNumbers(XWPFDocument docx) {
        XWPFHeader numbered = docx.createHeader(HeaderFooterType.DEFAULT);
        Docx.pageField(Docx.centred(numbered.createParagraph()), BODY);
        docx.createHeader(HeaderFooterType.FIRST).createParagraph();
    }

    /** ô 1–4: issuer and number on the left, national name, motto, place and date on the right. */
    private static void header(XWPFDocument docx, OfficialDocument document) {
        int left = (int) Math.round(Docx.TEXT_WIDTH * ISSUER_COLUMN);
        int right = Docx.TEXT_WIDTH - left;
        XWPFTable table = Docx.table(docx, 2, new int[]{left, right}, false);
        table.setCellMargins(0, 0, 0, 0);

        XWPFTableCell issuer = table.getRow(0).getCell(0);
        boolean first = true;
        for (String line : document.parentBodyLines()) {
            Docx.text(Docx.centred(Docx.paragraph(issuer, first)), Texts.upper(line), ISSUER, false, false);
            first = false;
        }
        double widest = 0;
        for (String line : document.issuerLines()) {
            Docx.text(Docx.centred(Docx.paragraph(issuer, first)), Texts.upper(line), ISSUER, true, false);
            widest = Math.max(widest, TextMeasure.width(Texts.upper(line), FontFace.BOLD, ISSUER / 2.0));
            first = false;
        }
        Docx.rule(issuer.addParagraph(), (int) (Math.min(Docx.points(widest), left) * SHORT_RULE), left);

        XWPFTableCell nation = table.getRow(0).getCell(1);
        Docx.text(Docx.centred(Docx.paragraph(nation, true)), Decree30.NATIONAL_NAME, NATIONAL_NAME, true, false);
        Docx.text(Docx.centred(nation.addParagraph()), Decree30.MOTTO, MOTTO, true, false);
        Docx.rule(nation.addParagraph(), Docx.points(TextMeasure.width(Decree30.MOTTO, FontFace.BOLD, MOTTO / 2.0)),
                right);

        XWPFParagraph number = Docx.layout(Docx.paragraph(table.getRow(1).getCell(0), true),
                ParagraphAlignment.CENTER, 0, Docx.PARAGRAPH_SPACING, 0);
        Docx.text(number, Decree30.numberLine(document.number(), document.symbol()), NUMBER, false, false);
        XWPFParagraph date = Docx.layout(Docx.paragraph(table.getRow(1).getCell(1), true),
                ParagraphAlignment.CENTER, 0, Docx.PARAGRAPH_SPACING, 0);
        Docx.text(date, Decree30.placeAndDate(document.place(), document.date(), document.year()), DATE, false, true);
    }

    /** ô 5a: "KẾ HOẠCH", the trích yếu and a short rule under it. */
    private static void title(XWPFDocument docx, OfficialDocument document) {
        Docx.text(Docx.layout(docx.createParagraph(), ParagraphAlignment.CENTER, 0, Docx.points(18), 0),
                document.kind().heading(), BODY, true, false);
        Docx.text(Docx.centred(docx.createParagraph()), document.title(), BODY, true, false);
        double width = Math.min(Docx.points(TextMeasure.width(document.title(), FontFace.BOLD, BODY / 2.0)),
                Docx.TEXT_WIDTH);
        XWPFParagraph rule = docx.createParagraph();
        Docx.rule(rule, (int) (width * SHORT_RULE), Docx.TEXT_WIDTH);
        rule.setSpacingAfter(Docx.points(12));
    }

    /**
     * ô 9a: one recipient on the "Kính gửi:" line; several listed beside the label, one a line, the block centred on
     * the page as typists centre it (wrapped entries hang under their text, not under the dash).
     */
    private static void kinhGui(XWPFDocument docx, List<String> recipients) {
        List<String> lines = Decree30.kinhGuiLines(recipients);
        if (lines.size() == 1) {
            XWPFParagraph line = Docx.layout(docx.createParagraph(), ParagraphAlignment.CENTER, 0, 0,
                    Docx.points(12));
            Docx.text(line, Decree30.KINH_GUI + " " + lines.get(0), BODY, false, false);
            return;
        }
        int label = Docx.points(TextMeasure.width(Decree30.KINH_GUI + " ", FontFace.REGULAR, BODY / 2.0));
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, Docx.points(TextMeasure.width(line, FontFace.REGULAR, BODY / 2.0)));
        }
        int left = label + Math.max(0, (Docx.TEXT_WIDTH - label - longest) / 2);
        int hanging = Docx.points(TextMeasure.width("- ", FontFace.REGULAR, BODY / 2.0));
        XWPFTable table = Docx.table(docx, 1, new int[]{left, Docx.TEXT_WIDTH - left}, false);
        table.setCellMargins(0, 0, 0, 0);
        XWPFParagraph labelLine = Docx.layout(Docx.paragraph(table.getRow(0).getCell(0), true),
                ParagraphAlignment.RIGHT, 0, 0, 0);
        labelLine.setIndentationRight(label - Docx.points(TextMeasure.width(Decree30.KINH_GUI, FontFace.REGULAR,
                BODY / 2.0)));
        Docx.text(labelLine, Decree30.KINH_GUI, BODY, false, false);
        XWPFTableCell list = table.getRow(0).getCell(1);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph entry = Docx.layout(Docx.paragraph(list, i == 0), ParagraphAlignment.LEFT, 0, 0, 0);
            entry.setIndentationLeft(hanging);
            entry.setIndentationHanging(hanging);
            Docx.text(entry, lines.get(i), BODY, false, false);
        }
        docx.createParagraph().setSpacingAfter(0);
    }

    private static void body(XWPFDocument docx, BodyParagraph paragraph) {
        ParagraphAlignment alignment = paragraph.role() == BodyParagraph.Role.HEADING
                ? ParagraphAlignment.LEFT
                : ParagraphAlignment.BOTH;
        XWPFParagraph p = Docx.layout(docx.createParagraph(), alignment, Docx.FIRST_LINE_INDENT, 0,
                Docx.PARAGRAPH_SPACING);
        if (paragraph.role().keepWithNext()) p.setKeepNext(true);
        paragraph.runs().forEach(run -> Docx.text(p, run, BODY));
    }

    /** ô 9b beside ô 7: "Nơi nhận:" and its list on the left, the signer on the right, both from the top. */
    private static void signature(XWPFDocument docx, OfficialDocument document) {
        int left = (int) Math.round(Docx.TEXT_WIDTH * RECIPIENT_COLUMN);
        XWPFTable table = Docx.table(docx, 1, new int[]{left, Docx.TEXT_WIDTH - left}, false);
        table.setCellMargins(0, 0, 0, 0);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        List<String> lines = Decree30.recipientLines(document.recipients());
        if (!lines.isEmpty()) {
            XWPFParagraph label = Docx.layout(Docx.paragraph(recipients, true), ParagraphAlignment.LEFT, 0,
                    Docx.PARAGRAPH_SPACING, 0);
            Docx.text(label, Decree30.NOI_NHAN, NOI_NHAN, true, true);
            for (String line : lines) {
                Docx.text(Docx.layout(recipients.addParagraph(), ParagraphAlignment.LEFT, 0, 0, 0), line, RECIPIENT,
                        false, false);
            }
        }
        DocumentSigner signer = document.signer();
        if (signer == null) return;
        XWPFTableCell signature = table.getRow(0).getCell(1);
        boolean first = true;
        for (String line : signer.authorityLines()) {
            signerLine(Docx.paragraph(signature, first), Texts.upper(line), first);
            first = false;
        }
        if (signer.title() != null) {
            signerLine(Docx.paragraph(signature, first), Texts.upper(signer.title()), first);
            first = false;
        }
        if (signer.name() != null) {
            XWPFParagraph name = Docx.paragraph(signature, first);
            signerLine(name, signer.name(), first);
            name.setSpacingBefore(SIGNATURE_SPACE);
        }
    }

    private static void signerLine(XWPFParagraph paragraph, String text, boolean first) {
        Docx.layout(paragraph, ParagraphAlignment.CENTER, 0, first ? Docx.PARAGRAPH_SPACING : 0, 0);
        Docx.text(paragraph, text, BODY, true, false);
    }

    /** Phụ lục: heading, title, subtitle and the table, with the header row repeated on every page. */
    private static void appendix(XWPFDocument docx, DocumentTable table) {
        if (table.heading() != null) {
            Docx.text(Docx.centred(docx.createParagraph()), table.heading(), BODY, true, false);
        }
        if (table.title() != null) {
            Docx.text(Docx.centred(docx.createParagraph()), Texts.upper(table.title()), BODY, true, false);
        }
        if (table.subtitle() != null) {
            Docx.text(Docx.centred(docx.createParagraph()), table.subtitle(), BODY, false, true);
        }
        docx.createParagraph().setSpacingAfter(0);

        int available = table.landscape() ? Docx.LANDSCAPE_TEXT_WIDTH : Docx.TEXT_WIDTH;
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < widths.length; c++) widths[c] = (int) Math.floor(available * table.widthShare(c));
        XWPFTable grid = Docx.table(docx, table.rows().size() + 1, widths, true);
        grid.setCellMargins(57, 85, 57, 85);
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            Docx.text(Docx.centred(Docx.paragraph(cell, true)), table.columns().get(c), TABLE, true, false);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < widths.length; c++) {
                String value = row.get(c);
                ParagraphAlignment alignment = NumericText.isNumber(value)
                        ? ParagraphAlignment.CENTER
                        : ParagraphAlignment.LEFT;
                XWPFParagraph cell = Docx.layout(Docx.paragraph(grid.getRow(r + 1).getCell(c), true), alignment,
                        0, 0, 0);
                Docx.text(cell, value, TABLE, false, false);
            }
        }
    }

    /**
     * Closes the section written so far with a section break that starts the next one on a new page. Its
     * properties are a copy of the body's, which already refer to the page-number headers.
     */
    private static void endSection(XWPFDocument docx, boolean landscape, boolean restartNumbering) {
        XWPFParagraph end = docx.createParagraph();
        end.setSpacingAfter(0);
        // The spacing already gave the paragraph its properties; a second w:pPr would be invalid.
        CTSectPr section = end.getCTPPr().addNewSectPr();
        section.set(bodySection(docx).copy());
        page(section, landscape, restartNumbering);
    }

    private static CTSectPr bodySection(XWPFDocument docx) {
        var body = docx.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    /** A4 with the decree's margins, a separate (empty) first-page header, and numbering restarted if asked. */
    private static void page(CTSectPr section, boolean landscape, boolean restartNumbering) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? Docx.PAGE_HEIGHT : Docx.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? Docx.PAGE_WIDTH : Docx.PAGE_HEIGHT));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Docx.MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(Docx.MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(Docx.MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(Docx.MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(Docx.HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(Docx.HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        if (!section.isSetTitlePg()) section.addNewTitlePg();
        if (restartNumbering) {
            (section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType()).setStart(BigInteger.ONE);
        } else if (section.isSetPgNumType()) {
            section.unsetPgNumType();
        }
    }
}
