package vn.kehoach.officialdoc;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes every rendition of the fixtures to {@code target/export-samples/} for a person to open and check, and reads
 * each file back as Word, PDFBox and POI do: a sample that opens but says the wrong thing fails here, not in review.
 */
class ExportSamplesTests {

    private static final Path SAMPLES = Path.of("target", "export-samples");

    private final OfficialDocumentWriter writer = new OfficialDocumentWriter();

    @Test
    void writesSamplesThatReadBackAsTheirDocuments() throws IOException {
        Files.createDirectories(SAMPLES);
        write("ke-hoach-72-KH-UBND", ExportFixtures.plan(), "Số: 72/KH-UBND", "KẾ HOẠCH");
        write("bao-cao-BC-SNV", ExportFixtures.report(), "Kế hoạch số 72/KH-UBND", "BÁO CÁO");
        byte[] xlsx = writer.xlsx(List.of(ExportFixtures.taskTable(), ExportFixtures.targetTable()));
        Files.write(SAMPLES.resolve("phu-luc.xlsx"), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(2);
            assertThat(book.getSheetAt(1).getLastRowNum()).isGreaterThan(2);
        }
    }

    private void write(String name, OfficialDocument document, String... expected) throws IOException {
        byte[] docx = writer.docx(document);
        byte[] pdf = writer.pdf(document);
        String html = writer.html(document, HtmlMode.PRINT_VIEW);
        Files.write(SAMPLES.resolve(name + ".docx"), docx);
        Files.write(SAMPLES.resolve(name + ".pdf"), pdf);
        Files.writeString(SAMPLES.resolve(name + ".html"), html);
        Files.writeString(SAMPLES.resolve(name + "-pdf-source.html"), writer.html(document, HtmlMode.PDF));

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            assertThat(text.getText()).as(name + ".docx").contains(expected);
        }
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(read)).as(name + ".pdf").contains(expected);
        }
        assertThat(html).as(name + ".html").contains(expected);
    }
}
