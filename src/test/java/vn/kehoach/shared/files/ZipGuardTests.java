package vn.kehoach.shared.files;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZipGuardTests {

    @Test
    void listsTheEntriesOfAnOrdinaryArchive() throws IOException {
        byte[] zip = zip(out -> {
            entry(out, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            entry(out, "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(ZipGuard.inspect(zip).names()).containsExactlyInAnyOrder("[Content_Types].xml", "word/document.xml");
    }

    @Test
    void stopsAnArchiveThatInflatesFarBeyondItsSize() throws IOException {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = zip(out -> {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < 200; i++) out.write(spaces);
            out.closeEntry();
        });
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> ZipGuard.inspect(bomb)).isInstanceOfSatisfying(ZipGuard.Refused.class,
                e -> assertThat(e.reason()).isEqualTo(ZipGuard.Reason.UNSAFE));
    }

    @Test
    void stopsAnArchiveWithMoreEntriesThanAnyDocument() throws IOException {
        byte[] many = zip(out -> {
            for (int i = 0; i <= ZipGuard.MAX_ENTRIES; i++) entry(out, "part" + i + ".xml", new byte[0]);
        });
        assertThatThrownBy(() -> ZipGuard.inspect(many)).isInstanceOfSatisfying(ZipGuard.Refused.class,
                e -> assertThat(e.reason()).isEqualTo(ZipGuard.Reason.UNSAFE));
    }

    @Test
    void callsWhatIsNoZipDamaged() {
        assertThatThrownBy(() -> ZipGuard.inspect("not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ZipGuard.Refused.class,
                        e -> assertThat(e.reason()).isEqualTo(ZipGuard.Reason.CORRUPT));
    }

    private interface Entries {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] zip(Entries entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            entries.write(out);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, byte[] data) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(data);
        out.closeEntry();
    }
}
