package vn.kehoach.document.parse;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an upload that is a zip before POI opens it. POI reads a part into memory whole, so a small file that inflates
 * to gigabytes (a zip bomb) must be stopped while inflating, and POI's own limits are global settings of the
 * application that this importer should not change. Inflating is streamed and aborted at the first sign: a
 * compression ratio no real document reaches, or more inflated bytes in total than any plan needs.
 */
final class ZipGuard {

    /** Total inflated size allowed: a plan's XML is a few MB even with heavy formatting. */
    static final long MAX_INFLATED = 100L * 1024 * 1024;
    /** POI's default minimum inflate ratio is 1 %; the same limit, after a first megabyte that is always allowed. */
    static final int MAX_RATIO = 100;
    private static final long RATIO_GRACE = 1024 * 1024;

    /** The names found in the archive, for telling a .docx from an .xlsx or .odt. */
    record Contents(Set<String> names) {
        boolean isWordDocument() {
            return names.contains("word/document.xml");
        }
    }

    private ZipGuard() {
    }

    static Contents inspect(byte[] zip) {
        CountingStream counted = new CountingStream(new ByteArrayInputStream(zip));
        Set<String> names = new HashSet<>();
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
                int read;
                while ((read = in.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > MAX_INFLATED
                            || inflated > RATIO_GRACE && inflated > (long) MAX_RATIO * Math.max(1, counted.count)) {
                        throw new PlanParseException(PlanParseException.Reason.UNSAFE);
                    }
                }
            }
        } catch (IOException e) {
            throw new PlanParseException(PlanParseException.Reason.CORRUPT, e);
        }
        if (names.isEmpty()) throw new PlanParseException(PlanParseException.Reason.CORRUPT);
        return new Contents(names);
    }

    /** Counts the compressed bytes the inflater has consumed so far. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
