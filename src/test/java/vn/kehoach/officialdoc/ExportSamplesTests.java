package vn.kehoach.officialdoc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes every rendition of the fixtures to {@code target/export-samples/} for a person to open and check. */
class ExportSamplesTests {

    private static final Path SAMPLES = Path.of("target", "export-samples");

    private final OfficialDocumentWriter writer = new OfficialDocumentWriter();

    @Test
    void writesSamplesForVisualChecks() throws IOException {
        Files.createDirectories(SAMPLES);
        write("ke-hoach-72-KH-UBND", ExportFixtures.plan());
        write("bao-cao-BC-SNV", ExportFixtures.report());
        Files.write(SAMPLES.resolve("phu-luc.xlsx"),
                writer.xlsx(List.of(ExportFixtures.taskTable(), ExportFixtures.targetTable())));
        assertThat(SAMPLES.resolve("ke-hoach-72-KH-UBND.pdf")).isNotEmptyFile();
    }

    private void write(String name, OfficialDocument document) throws IOException {
        Files.write(SAMPLES.resolve(name + ".docx"), writer.docx(document));
        Files.write(SAMPLES.resolve(name + ".pdf"), writer.pdf(document));
        Files.writeString(SAMPLES.resolve(name + ".html"), writer.html(document, HtmlMode.PRINT_VIEW));
        Files.writeString(SAMPLES.resolve(name + "-pdf-source.html"), writer.html(document, HtmlMode.PDF));
    }
}
