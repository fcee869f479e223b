package vn.kehoach.officialdoc;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PdfWriterTests {

    /** The top margin is 20 mm: where the page number goes. */
    private static final float TOP_MARGIN = 20 * 72 / 25.4f;

    private static final OfficialDocumentWriter WRITER = new OfficialDocumentWriter();
    private static byte[] plan;

    @BeforeAll
    static void renderOnce() {
        plan = WRITER.pdf(ExportFixtures.plan());
    }

    @Test
    void holdsRealSearchableTextWithVietnameseDiacritics() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(plan)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            assertThat(text).as("numbers and dates are not broken at their slashes")
                    .contains("191/2009/TT-BTC", "15/12/2025", "739/BNV-CTTN&BĐG");
            assertThat(oneLine(text)).contains(ExportFixtures.PLAN_TITLE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 72/KH-UBND", "Quảng Ngãi, ngày 08 tháng 4 năm 2025",
                    ExportFixtures.SIGNER_NAME, "đ) Tổ chức tập huấn", "g) Thu thập", "chỉ đạo./.", "Nơi nhận:",
                    "- Lưu: VT, VX.", "Phụ lục I", "DANH MỤC NHIỆM VỤ");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Kế hoạch số 72/KH-UBND: " + ExportFixtures.PLAN_TITLE);
        }
    }

    @Test
    void neverBreaksALineInsideAReferenceOrADocumentNumber() {
        String text = "phối hợp với Sở Y tế thực hiện các nhiệm vụ tại mục\u00A0II.2.g, II.10.đ; Thông tư số"
                + " 191/2009/TT-BTC, trước ngày 15/12/2025.";
        PdfWriter.LineBreaks breaks = new PdfWriter.LineBreaks();
        breaks.setText(text);
        List<Integer> positions = new ArrayList<>();
        for (int next = breaks.next(); next != BreakIterator.DONE; next = breaks.next()) positions.add(next);
        for (String whole : List.of("mục\u00A0II.2.g,", "II.10.đ;", "191/2009/TT-BTC,", "15/12/2025.")) {
            int start = text.indexOf(whole);
            assertThat(positions).as(whole).noneMatch(p -> p > start && p < start + whole.length());
        }
        assertThat(positions).as("still breaks between words").contains(text.indexOf("Sở"));
    }

    @Test
    void embedsLiberationSerifForEveryFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(plan)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
            assertThat(fonts).extracting(PDFont::getName)
                    .anySatisfy(name -> assertThat(name).endsWith("LiberationSerif-Bold"))
                    .anySatisfy(name -> assertThat(name).endsWith("LiberationSerif-Italic"));
        }
    }

    @Test
    void printsOnA4WithALandscapePageForTheWideAppendix() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(plan)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            PDRectangle first = pdf.getPage(0).getMediaBox();
            assertThat(first.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            assertThat(first.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            int taskAppendix = pageStartingWith(pdf, "Phụ lục I");
            PDRectangle wide = pdf.getPage(taskAppendix).getMediaBox();
            assertThat(wide.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            PDRectangle portrait = pdf.getPage(pageStartingWith(pdf, "Phụ lục II")).getMediaBox();
            assertThat(portrait.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
        }
    }

    @Test
    void numbersPagesAtTheTopFromPageTwo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(plan)) {
            assertThat(topMargin(pdf, 0)).isEmpty();
            assertThat(topMargin(pdf, 1)).isEqualTo("2");
            assertThat(topMargin(pdf, 2)).isEqualTo("3");
            assertThat(topMargin(pdf, pageStartingWith(pdf, "Phụ lục I"))).as("first page of an appendix").isEmpty();
        }
    }

    @Test
    void numbersEachAppendixFromOne() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 40)
                .mapToObj(n -> List.of(Integer.toString(n), "Nhiệm vụ số " + n + " của kế hoạch", "Sở Nội vụ",
                        "Các sở, ngành", "Cả năm", "Báo cáo"))
                .toList();
        DocumentTable longTable = new DocumentTable("Phụ lục", "Danh mục nhiệm vụ", null,
                ExportFixtures.taskTable().columns(), ExportFixtures.taskTable().relativeWidths(), rows);
        byte[] bytes = WRITER.pdf(ExportFixtures.plan().toBuilder().appendices(List.of(longTable)).build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int start = pageStartingWith(pdf, "Phụ lục");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(start + 1);
            assertThat(topMargin(pdf, start)).isEmpty();
            assertThat(topMargin(pdf, start + 1)).isEqualTo("2");
            assertThat(pageText(pdf, start + 1)).as("header row repeated").contains("Cơ quan chủ trì");
        }
    }

    private static String topMargin(PDDocument pdf, int pageIndex) throws IOException {
        PDPage page = pdf.getPage(pageIndex);
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("top", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(), TOP_MARGIN));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("top").strip();
    }

    private static int pageStartingWith(PDDocument pdf, String line) throws IOException {
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            if (pageText(pdf, i).lines().map(String::strip).anyMatch(line::equals)) return i;
        }
        throw new AssertionError("no page with the line " + line);
    }

    private static String pageText(PDDocument pdf, int pageIndex) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        return stripper.getText(pdf);
    }

    /** Text extraction breaks lines where the PDF does; the assertions look for phrases across them. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
