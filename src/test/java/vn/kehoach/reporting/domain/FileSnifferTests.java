package vn.kehoach.reporting.domain;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.kehoach.shared.files.ZipGuard;
import vn.kehoach.support.ZipBombs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileSnifferTests {

    @Test
    void readsTheTypeFromTheContentNotTheName() throws IOException {
        assertThat(FileSniffer.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .contains(FileSniffer.Kind.PDF);
        assertThat(FileSniffer.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .contains(FileSniffer.Kind.PNG);
        assertThat(FileSniffer.sniff(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .contains(FileSniffer.Kind.JPEG);
        assertThat(FileSniffer.sniff(zip("word/document.xml"))).contains(FileSniffer.Kind.DOCX);
        assertThat(FileSniffer.sniff(zip("xl/workbook.xml"))).contains(FileSniffer.Kind.XLSX);
    }

    @Test
    void refusesEverythingElse() throws IOException {
        assertThat(FileSniffer.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileSniffer.sniff(new byte[]{'M', 'Z', 0, 0})).isEmpty();
        // An old binary Word file, and a zip that is not an Office document.
        assertThat(FileSniffer.sniff(new byte[]{(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0})).isEmpty();
        assertThat(FileSniffer.sniff(zip("payload.exe"))).isEmpty();
        assertThat(FileSniffer.sniff(new byte[]{'P', 'K', 3, 4, 1, 2})).isEmpty();
        assertThat(FileSniffer.sniff(new byte[0])).isEmpty();
    }

    @Test
    void refusesAWordFileThatInflatesToGigabytesBeforeInflatingIt() {
        // The parts it is known by come after the bomb: looking for them used to inflate it whole.
        byte[] bomb = ZipBombs.wordFile("word/media/padding.xml", 300);
        Assertions.assertThatThrownBy(() -> FileSniffer.sniff(bomb))
                .isInstanceOf(ZipGuard.Refused.class);
    }

    @Test
    void theStoredNameEndsWithTheRealTypeAndHasNoPath() {
        assertThat(ReportAttachments.safeName("..\\..\\bao cao \"quy 2\".exe", FileSniffer.Kind.PDF))
                .isEqualTo("bao cao quy 2.pdf");
        assertThat(ReportAttachments.safeName("C:/Users/a/Ảnh chụp.png", FileSniffer.Kind.PNG))
                .isEqualTo("Ảnh chụp.png");
        assertThat(ReportAttachments.safeName("", FileSniffer.Kind.DOCX)).isEqualTo("tai-lieu.docx");
    }

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
