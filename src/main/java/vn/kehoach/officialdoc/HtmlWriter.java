package vn.kehoach.officialdoc;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an {@link OfficialDocument} as XHTML with the same structure as the Word file: header table, title, body,
 * signature beside the Nơi nhận, appendices. All layout lives in {@code static/css/document.css} and is reached
 * through classes only, so the print view passes the Content-Security-Policy; the PDF variant inlines that file.
 * Text goes in through jsoup's text nodes, which escape it, so a title containing markup prints as text.
 */
final class HtmlWriter {

    /** Where the application serves the stylesheet (and where it lives on the classpath, under "static"). */
    static final String STYLESHEET = "/css/document.css";
    private static final String FAVICON = "/img/favicon.svg";

    private final String css = readStylesheet();

    String write(OfficialDocument document, HtmlMode mode) {
        Document html = new Document("");
        html.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        html.appendChild(new DocumentType("html", "", ""));
        Element root = html.appendElement("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", "vi")
                .attr("xml:lang", "vi");
        if (mode == HtmlMode.EMBEDDED) {
            // A part of a page of the application: the sheets only, in a block that carries the document's styles.
            Element block = root.appendElement("div").addClass("official-document");
            sheets(block, document, mode);
            return block.outerHtml();
        }
        head(root.appendElement("head"), document, mode);
        sheets(root.appendElement("body").addClass("official-document"), document, mode);
        return html.outerHtml();
    }

    private static void sheets(Element parent, OfficialDocument document, HtmlMode mode) {
        Element main = sheet(parent, mode);
        header(main, document);
        title(main, document);
        if (!document.kinhGui().isEmpty()) kinhGui(main, document.kinhGui());
        Element text = main.appendElement("div").addClass("doc-body");
        BodyLayout.of(document).forEach(paragraph -> paragraph(text, paragraph));
        signature(main, document);
        document.appendices().forEach(table -> appendix(sheet(parent, mode), table));
    }

    /**
     * A sheet of paper on screen: the document, then each appendix. In the PDF source a sheet starts with the
     * running elements that number its pages from the second on (see document.css); browsers number pages with
     * the page counter instead and never get these elements.
     */
    private static Element sheet(Element body, HtmlMode mode) {
        Element sheet = body.appendElement("div").addClass("doc-sheet");
        if (mode == HtmlMode.PDF) {
            sheet.appendElement("div").addClass("page-number-none");
            sheet.appendElement("div").addClass("page-number").appendElement("span").addClass("page-counter");
        }
        return sheet;
    }

    private void head(Element head, OfficialDocument document, HtmlMode mode) {
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text(Decree30.documentTitle(document));
        // The renderer copies these into the PDF's properties; a tagged PDF must have a subject (its description).
        head.appendElement("meta").attr("name", "author").attr("content", String.join(" ", document.issuerLines()));
        head.appendElement("meta").attr("name", "subject").attr("content", document.title());
        if (mode == HtmlMode.PRINT_VIEW) {
            head.appendElement("link").attr("rel", "stylesheet").attr("href", STYLESHEET);
            // Without it the browser asks for /favicon.ico, which the application does not serve.
            head.appendElement("link").attr("rel", "icon").attr("href", FAVICON).attr("type", "image/svg+xml");
        } else {
            // CDATA keeps the XML parser of the PDF renderer away from whatever characters the CSS contains.
            head.appendElement("style").appendChild(new DataNode("/*<![CDATA[*/\n" + css
                    + "\n/*]]>*/"));
        }
    }

    /** ô 1–4 as a two-row table; the rules are empty blocks sized by CSS against the text above them. */
    private static void header(Element parent, OfficialDocument document) {
        Element table = parent.appendElement("table").addClass("doc-header");
        Element top = table.appendElement("tr");
        Element issuer = top.appendElement("td").addClass("doc-issuer");
        document.parentBodyLines().forEach(line -> paragraph(issuer, "parent-body", Texts.upper(line)));
        Element issuerBox = issuer.appendElement("div").addClass("rule-box");
        document.issuerLines().forEach(line -> paragraph(issuerBox, "issuer", Texts.upper(line)));
        issuerBox.appendElement("div").addClass("rule").addClass("rule-short");

        Element nation = top.appendElement("td").addClass("doc-nation");
        paragraph(nation, "national-name", Decree30.NATIONAL_NAME);
        Element mottoBox = nation.appendElement("div").addClass("rule-box");
        paragraph(mottoBox, "motto", Decree30.MOTTO);
        mottoBox.appendElement("div").addClass("rule").addClass("rule-full");

        Element bottom = table.appendElement("tr");
        bottom.appendElement("td").addClass("doc-number")
                .text(Decree30.numberLine(document.number(), document.symbol()));
        bottom.appendElement("td").addClass("doc-date")
                .text(Decree30.placeAndDate(document.place(), document.date(), document.year()));
    }

    private static void title(Element parent, OfficialDocument document) {
        paragraph(parent, "doc-kind", document.kind().heading());
        Element box = parent.appendElement("div").addClass("doc-title").appendElement("div").addClass("rule-box");
        paragraph(box, "doc-title-text", document.title());
        box.appendElement("div").addClass("rule").addClass("rule-short");
    }

    private static void kinhGui(Element parent, List<String> recipients) {
        List<String> lines = Decree30.kinhGuiLines(recipients);
        if (lines.size() == 1) {
            paragraph(parent, "kinh-gui", Decree30.KINH_GUI + " " + lines.get(0));
            return;
        }
        Element row = parent.appendElement("table").addClass("kinh-gui-list").appendElement("tr");
        row.appendElement("td").addClass("kinh-gui-label").text(Decree30.KINH_GUI);
        Element entries = row.appendElement("td").addClass("kinh-gui-entries");
        lines.forEach(line -> paragraph(entries, "kinh-gui-entry", line));
    }

    private static void paragraph(Element parent, BodyParagraph paragraph) {
        Element p = parent.appendElement("p").addClass(paragraph.role().name().toLowerCase());
        for (TextRun run : paragraph.runs()) {
            if (run.isBreak()) {
                p.appendElement("br");
                continue;
            }
            Element target = p;
            if (run.bold()) target = target.appendElement("strong");
            if (run.italic()) target = target.appendElement("em");
            if (run.underline()) target = target.appendElement("u");
            target.appendText(run.text());
        }
    }

    private static void signature(Element parent, OfficialDocument document) {
        Element row = parent.appendElement("table").addClass("doc-signature").appendElement("tr");
        Element recipients = row.appendElement("td").addClass("doc-recipients");
        List<String> lines = Decree30.recipientLines(document.recipients());
        if (!lines.isEmpty()) {
            paragraph(recipients, "noi-nhan", Decree30.NOI_NHAN);
            lines.forEach(line -> paragraph(recipients, "recipient", line));
        }
        Element signer = row.appendElement("td").addClass("doc-signer");
        if (document.signer() == null) return;
        document.signer().authorityLines().forEach(line -> paragraph(signer, "signer-authority", Texts.upper(line)));
        if (document.signer().title() != null) {
            paragraph(signer, "signer-title", Texts.upper(document.signer().title()));
        }
        if (document.signer().name() != null) paragraph(signer, "signer-name", document.signer().name());
    }

    /** A Phụ lục on pages of its own; column widths come from percentage classes (no style attributes). */
    private static void appendix(Element sheet, DocumentTable table) {
        sheet.addClass("appendix");
        if (table.landscape()) sheet.addClass("appendix-landscape");
        if (table.heading() != null) paragraph(sheet, "appendix-heading", table.heading());
        if (table.title() != null) paragraph(sheet, "appendix-title", Texts.upper(table.title()));
        if (table.subtitle() != null) paragraph(sheet, "appendix-subtitle", table.subtitle());

        Element grid = sheet.appendElement("table").addClass("appendix-table");
        Element columns = grid.appendElement("colgroup");
        for (int percent : percentages(table)) columns.appendElement("col").addClass("pct-" + percent);
        Element header = grid.appendElement("thead").appendElement("tr");
        table.columns().forEach(column -> cell(header.appendElement("th"), column));
        Element rows = grid.appendElement("tbody");
        for (List<String> row : table.rows()) {
            Element tr = rows.appendElement("tr");
            for (String value : row) {
                Element td = tr.appendElement("td");
                if (NumericText.isNumber(value)) td.addClass("number");
                cell(td, value);
            }
        }
    }

    /** A cell's text, with its line breaks kept. */
    private static void cell(Element cell, String value) {
        String[] lines = value.split(TextRun.BREAK, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) cell.appendElement("br");
            cell.appendText(lines[i]);
        }
    }

    /** Whole percentages (at least 1) summing to 100, the remainder going to the widest column. */
    static int[] percentages(DocumentTable table) {
        int[] percent = new int[table.columns().size()];
        int total = 0;
        int widest = 0;
        for (int c = 0; c < percent.length; c++) {
            percent[c] = Math.max(1, (int) Math.round(table.widthShare(c) * 100));
            total += percent[c];
            if (percent[c] > percent[widest]) widest = c;
        }
        percent[widest] += 100 - total;
        return percent;
    }

    private static void paragraph(Element parent, String cssClass, String text) {
        parent.appendElement("p").addClass(cssClass).text(text);
    }

    private static String readStylesheet() {
        try (InputStream in = HtmlWriter.class.getResourceAsStream("/static" + STYLESHEET)) {
            if (in == null) throw new IllegalStateException("stylesheet missing from the classpath: " + STYLESHEET);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STYLESHEET, e);
        }
    }
}
