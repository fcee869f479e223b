package vn.kehoach.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Archives that weigh little and inflate to far more, for the tests of upload limits. */
public final class ZipBombs {

    private ZipBombs() {
    }

    /**
     * A Word file whose first part inflates to {@code megabytes} MB of spaces (a few hundred KB zipped). The parts a
     * Word file is known by come after it, so that recognising the file means inflating the bomb first.
     */
    public static byte[] wordFile(String bombPart, int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(bombPart));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) out.write(spaces);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.closeEntry();
            if (!bombPart.equals("word/document.xml")) {
                out.putNextEntry(new ZipEntry("word/document.xml"));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
