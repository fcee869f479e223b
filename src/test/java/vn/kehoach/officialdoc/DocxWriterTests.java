package vn.kehoach.officialdoc;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.officialdoc.DocxXml.attribute;

class DocxWriterTests {

    private static final String TNR = "Times New Roman";

    private static final OfficialDocumentWriter WRITER = new OfficialDocumentWriter();
    private static byte[] plan;
    private static DocxXml xml;
    private static Document document;

    @BeforeAll
    static void writeOnce() {
        plan = WRITER.docx(ExportFixtures.plan());
        xml = new DocxXml(plan);
        document = xml.part("word/document.xml");
    }

    @Test
    void opensInPoiWithTheWholeText() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(plan))) {
            String text = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("KẾ HOẠCH", ExportFixtures.PLAN_TITLE, "I. MỤC ĐÍCH, YÊU CẦU",
                    "IV. TỔ CHỨC THỰC HIỆN", "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
            assertThat(docx.getTables()).hasSize(4);
            assertThat(docx.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Kế hoạch số 72/KH-UBND: " + ExportFixtures.PLAN_TITLE);
        }
    }

    @Test
    void isValidWordprocessingMlForThePlanAndTheReport() {
        OoxmlSchema.assertValid("the plan", plan);
        OoxmlSchema.assertValid("the report", WRITER.docx(ExportFixtures.report()));
        OoxmlSchema.assertValid("a plan without appendix",
                WRITER.docx(ExportFixtures.plan().toBuilder().appendices(List.of()).build()));
    }

    @Test
    void givesEveryParagraphAtMostOneSetOfProperties() {
        for (Element paragraph : xml.all(document, "//w:p")) {
            assertThat(xml.all(paragraph, "w:pPr")).as(xml.textOf(paragraph)).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void printsOnA4PortraitWithTheDecreeMargins() {
        List<Element> sections = xml.all(document, "//w:sectPr");
        assertThat(sections).hasSize(3);
        Element main = sections.get(0);
        Element size = xml.one(main, "w:pgSz");
        assertThat(attribute(size, "w")).isEqualTo("11906");
        assertThat(attribute(size, "h")).isEqualTo("16838");
        for (Element section : sections) {
            Element margins = xml.one(section, "w:pgMar");
            assertThat(attribute(margins, "top")).isEqualTo("1134");
            assertThat(attribute(margins, "bottom")).isEqualTo("1134");
            assertThat(attribute(margins, "left")).isEqualTo("1701");
            assertThat(attribute(margins, "right")).isEqualTo("851");
        }
        Element wideAppendix = xml.one(sections.get(1), "w:pgSz");
        assertThat(attribute(wideAppendix, "w")).isEqualTo("16838");
        assertThat(attribute(wideAppendix, "orient")).isEqualTo("landscape");
        assertThat(attribute(xml.one(sections.get(2), "w:pgSz"), "w")).isEqualTo("11906");
    }

    @Test
    void keepsOneSectionWhenThereIsNoAppendix() {
        DocxXml single = new DocxXml(WRITER.docx(ExportFixtures.plan().toBuilder().appendices(List.of()).build()));
        List<Element> sections = single.all(single.part("word/document.xml"), "//w:sectPr");
        assertThat(sections).hasSize(1);
        assertThat(attribute(single.one(sections.get(0), "w:pgSz"), "h")).isEqualTo("16838");
        assertThat(single.all(sections.get(0), "w:titlePg")).hasSize(1);
        assertThat(single.all(sections.get(0), "w:pgNumType")).isEmpty();
    }

    @Test
    void namesTimesNewRomanInAllFourSlotsEverywhere() {
        List<Document> parts = new ArrayList<>(List.of(document, xml.part("word/styles.xml")));
        parts.addAll(xml.parts("word/header"));
        assertThat(parts).hasSizeGreaterThanOrEqualTo(4);
        for (Document part : parts) {
            for (Element fonts : xml.all(part, "//w:rFonts")) {
                assertThat(List.of(attribute(fonts, "ascii"), attribute(fonts, "hAnsi"), attribute(fonts, "cs"),
                        attribute(fonts, "eastAsia"))).containsOnly(TNR);
            }
            assertThat(xml.all(part, "//w:r[not(w:rPr/w:rFonts)]")).isEmpty();
        }
        Document styles = xml.part("word/styles.xml");
        assertThat(xml.all(styles, "//w:docDefaults/w:rPrDefault/w:rPr/w:rFonts[@w:ascii='" + TNR + "']")).hasSize(1);
        assertThat(xml.text(styles, "//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")).isEqualTo("28");
        assertThat(xml.all(styles, "//w:style[@w:styleId='Normal']/w:rPr/w:rFonts[@w:eastAsia='" + TNR + "']"))
                .hasSize(1);
    }

    @Test
    void setsBodyTextJustifiedAt14PointWithFirstLineIndentAndSpaceAfter() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(plan))) {
            XWPFParagraph basis = paragraphStartingWith(docx, "Thực hiện Công văn số 739/BNV-CTTN&BĐG");
            assertThat(basis.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(basis.getIndentationFirstLine()).isEqualTo(720);
            assertThat(basis.getSpacingAfter()).isEqualTo(120);
            assertThat(basis.getRuns()).allSatisfy(run -> assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0));

            XWPFParagraph muc = paragraphStartingWith(docx, "II. NHIỆM VỤ, GIẢI PHÁP");
            assertThat(muc.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(muc.getIndentationFirstLine()).isEqualTo(720);
            assertThat(muc.getRuns()).allSatisfy(run -> assertThat(run.isBold()).isTrue());
            assertThat(paragraphStartingWith(docx, "1. Lãnh đạo, chỉ đạo").getRuns())
                    .allSatisfy(run -> assertThat(run.isBold()).isTrue());
            XWPFParagraph diem = paragraphStartingWith(docx, "a) Quán triệt");
            assertThat(diem.getRuns()).noneSatisfy(run -> assertThat(run.isBold()).isTrue());
            assertThat(diem.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(paragraphStartingWith(docx, "- Thực hiện chế độ báo cáo").getRuns())
                    .anySatisfy(run -> assertThat(run.isBold()).isTrue());
        }
    }

    @Test
    void numbersPointsInVietnameseAlphabetOrder() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(plan))) {
            List<String> labels = docx.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(text -> text.matches("^[a-zđ]\\) .*")).map(text -> text.substring(0, 2)).toList();
            assertThat(labels).containsSubsequence("a)", "b)", "c)", "d)", "đ)", "e)", "g)").doesNotContain("f)");
        }
    }

    @Test
    void endsTheTextWithTheClosingMark() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(plan))) {
            assertThat(paragraphStartingWith(docx, "Trên đây là Kế hoạch").getText()).endsWith("chỉ đạo./.");
        }
    }

    @Test
    void buildsTheHeaderAsABorderlessTwoColumnTable() throws IOException {
        Element header = xml.one(document, "/w:document/w:body/w:tbl[1]");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            assertThat(attribute(xml.one(header, "w:tblPr/w:tblBorders/w:" + side), "val")).isIn("nil", "none");
        }
        assertThat(xml.all(header, "w:tblGrid/w:gridCol")).hasSize(2);
        String text = xml.textOf(header);
        assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 72/KH-UBND", "Quảng Ngãi, ngày 08 tháng 4 năm 2025");
        assertThat(xml.all(header, ".//w:r[w:t='TỈNH QUẢNG NGÃI']/w:rPr[w:b][w:sz/@w:val='26']")).hasSize(1);
        assertThat(xml.all(header, ".//w:r[w:t='CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']/w:rPr/w:b")).hasSize(1);
        assertThat(xml.all(header, ".//w:r[w:t='Độc lập - Tự do - Hạnh phúc']/w:rPr/w:b")).hasSize(1);
        assertThat(xml.all(header, ".//w:r[w:t='Số: 72/KH-UBND']/w:rPr[not(w:b)][w:sz/@w:val='26']")).hasSize(1);
        assertThat(xml.all(header, ".//w:r[starts-with(w:t, 'Quảng Ngãi, ngày')]/w:rPr/w:i")).hasSize(1);
        // The rules under the issuer and the motto: empty paragraphs with a top border.
        assertThat(xml.all(header, ".//w:p[w:pPr/w:pBdr/w:top[@w:val='single']][not(w:r)]")).hasSize(2);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(plan))) {
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getRows()).hasSize(2);
            assertThat(table.getRow(0).getTableCells()).hasSize(2);
        }
    }

    @Test
    void leavesTheNumberAndDateBlankForTheRegistry() {
        DocxXml report = new DocxXml(WRITER.docx(ExportFixtures.report()));
        String header = report.textOf(report.one(report.part("word/document.xml"), "/w:document/w:body/w:tbl[1]"));
        assertThat(header).containsPattern("Số: {3,}/BC-SNV").containsPattern("Quảng Ngãi, ngày {3,}tháng {3,}năm 2025")
                .contains("UBND TỈNH QUẢNG NGÃI", "SỞ NỘI VỤ");
    }

    @Test
    void listsSeveralKinhGuiRecipientsBesideTheLabel() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(WRITER.docx(ExportFixtures.report())))) {
            XWPFTable kinhGui = docx.getTables().get(1);
            assertThat(kinhGui.getRow(0).getCell(0).getText()).isEqualTo("Kính gửi:");
            assertThat(kinhGui.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("- Bộ Nội vụ (Vụ Công tác thanh niên và Bình đẳng giới);",
                            "- Ủy ban nhân dân tỉnh Quảng Ngãi.");
        }
    }

    @Test
    void numbersPagesInTheTopMarginFromPageTwo() {
        for (Element section : xml.all(document, "//w:sectPr")) {
            assertThat(xml.all(section, "w:titlePg")).hasSize(1);
            assertThat(xml.all(section, "w:headerReference[@w:type='default']")).hasSize(1);
            assertThat(xml.all(section, "w:headerReference[@w:type='first']")).hasSize(1);
        }
        List<Document> headers = xml.parts("word/header");
        assertThat(headers).hasSize(2);
        List<Document> numbered = headers.stream()
                .filter(header -> !xml.all(header, "//w:instrText[contains(., 'PAGE')]").isEmpty()).toList();
        assertThat(numbered).hasSize(1);
        Document pageHeader = numbered.get(0);
        assertThat(xml.text(pageHeader, "//w:p/w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(xml.all(pageHeader, "//w:r/w:rPr/w:sz[@w:val='28']")).isNotEmpty();
        // Each appendix is numbered on its own, from 1.
        List<Element> sections = xml.all(document, "//w:sectPr");
        assertThat(xml.all(sections.get(0), "w:pgNumType")).isEmpty();
        assertThat(attribute(xml.one(sections.get(1), "w:pgNumType"), "start")).isEqualTo("1");
        assertThat(attribute(xml.one(sections.get(2), "w:pgNumType"), "start")).isEqualTo("1");
    }

    @Test
    void putsTheNoiNhanBesideTheSignature() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(plan))) {
            XWPFTable signature = docx.getTables().get(1);
            assertThat(signature.getRows()).hasSize(1);
            List<XWPFParagraph> left = signature.getRow(0).getCell(0).getParagraphs();
            XWPFParagraph label = left.get(0);
            assertThat(label.getText()).isEqualTo("Nơi nhận:");
            assertThat(label.getRuns()).allSatisfy(run -> {
                assertThat(run.isBold()).isTrue();
                assertThat(run.isItalic()).isTrue();
                assertThat(run.getFontSizeAsDouble()).isEqualTo(12.0);
            });
            List<XWPFParagraph> entries = left.subList(1, left.size());
            assertThat(entries).extracting(XWPFParagraph::getText).startsWith("- Bộ Nội vụ (để b/c);")
                    .endsWith("- Lưu: VT, VX.");
            assertThat(entries.subList(0, entries.size() - 1)).allSatisfy(p -> assertThat(p.getText()).endsWith(";"));
            assertThat(entries).allSatisfy(p -> assertThat(p.getRuns()).allSatisfy(run -> {
                assertThat(run.getFontSizeAsDouble()).isEqualTo(11.0);
                assertThat(run.isBold()).isFalse();
            }));

            List<XWPFParagraph> right = signature.getRow(0).getCell(1).getParagraphs();
            assertThat(right).extracting(XWPFParagraph::getText)
                    .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", ExportFixtures.SIGNER_NAME);
            assertThat(right).allSatisfy(p -> {
                assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
                assertThat(p.getRuns()).allSatisfy(run -> assertThat(run.isBold()).isTrue());
            });
            assertThat(right.get(3).getSpacingBefore()).as("room for the signature").isGreaterThan(1000);
        }
        Element signature = xml.one(document, "/w:document/w:body/w:tbl[2]");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            assertThat(attribute(xml.one(signature, "w:tblPr/w:tblBorders/w:" + side), "val")).isIn("nil", "none");
        }
    }

    @Test
    void writesEachAppendixAsABorderedTableWithABoldRepeatedHeaderRow() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(plan))) {
            XWPFParagraph heading = paragraphStartingWith(docx, "Phụ lục I");
            assertThat(heading.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(heading.getRuns()).allSatisfy(run -> assertThat(run.isBold()).isTrue());
            assertThat(paragraphStartingWith(docx, "DANH MỤC NHIỆM VỤ").getRuns())
                    .allSatisfy(run -> assertThat(run.isBold()).isTrue());
            assertThat(paragraphStartingWith(docx, "(Kèm theo Kế hoạch số 72/KH-UBND").getRuns())
                    .allSatisfy(run -> assertThat(run.isItalic()).isTrue());

            XWPFTable tasks = docx.getTables().get(2);
            assertThat(tasks.getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm");
            assertThat(tasks.getRow(0).isRepeatHeader()).isTrue();
            assertThat(tasks.getRow(0).getTableCells()).allSatisfy(cell -> assertThat(cell.getParagraphs().get(0)
                    .getRuns()).allSatisfy(run -> assertThat(run.isBold()).isTrue()));
            assertThat(tasks.getRows()).hasSize(7);
            assertThat(tasks.getRow(1).getCell(1).getText()).isEqualTo("Tập huấn kiến thức về giới cho cán bộ cấp xã");
            assertThat(tasks.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(tasks.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
        }
        // The appendix starts a new section, hence a new page.
        Element breakBefore = xml.one(document, "//w:p[w:pPr/w:sectPr][following-sibling::w:p[1][. = 'Phụ lục I']]");
        assertThat(xml.all(breakBefore, "w:pPr/w:sectPr/w:pgSz[@w:orient='portrait']")).hasSize(1);
    }

    @Test
    void keepsMarkupInATitleAsText() throws IOException {
        OfficialDocument tricky = ExportFixtures.plan().toBuilder().title("Kế hoạch <b>thử</b> & \"kiểm tra\"").build();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(WRITER.docx(tricky)))) {
            assertThat(paragraphStartingWith(docx, "Kế hoạch <b>").getText())
                    .isEqualTo("Kế hoạch <b>thử</b> & \"kiểm tra\"");
        }
    }

    private static XWPFParagraph paragraphStartingWith(XWPFDocument docx, String start) {
        return docx.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + start));
    }
}
