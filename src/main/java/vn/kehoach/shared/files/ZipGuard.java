package vn.kehoach.shared.files;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an uploaded archive (.docx, .xlsx: zips) before anything opens it. Reading an entry, or even skipping to the
 * next one, inflates it whole, so a small file that inflates to gigabytes (a zip bomb: 8 MB that cost 16 s of CPU as
 * a report's attachment) must be stopped while inflating. Inflating is streamed and aborted at the first sign: a
 * compression ratio no real document reaches, more inflated bytes in total than any document needs, or more entries
 * than any document has. Every upload that is an archive goes through here first: the plan import and report files.
 */
public final class ZipGuard {

    /** Total inflated size allowed: a plan's or a report annex's XML is a few MB even with heavy formatting. */
    public static final long MAX_INFLATED = 100L * 1024 * 1024;
    /** Entries allowed: a Word or Excel file has a few dozen parts, a few hundred with many images. */
    public static final int MAX_ENTRIES = 5_000;
    /** POI's default minimum inflate ratio is 1 %; the same limit, after a first megabyte that is always allowed. */
    public static final int MAX_RATIO = 100;
    private static final long RATIO_GRACE = 1024 * 1024;

    /** The names found in the archive, for telling a .docx from an .xlsx or .odt. */
    public record Contents(Set<String> names) {

        public boolean has(String name) {
            return names.contains(name);
        }
    }

    /** Why an archive was not opened. */
    public enum Reason {
        /** It inflates to more than any document (a zip bomb), or has more entries. */
        UNSAFE,
        /** It is no zip, or a damaged one. */
        CORRUPT
    }

    /** An archive refused before it was opened. */
    public static final class Refused extends RuntimeException {

        private final Reason reason;

        Refused(Reason reason, Throwable cause) {
            super("archive refused: " + reason, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private ZipGuard() {
    }

    /** The archive's entry names after inflating it once within the limits; {@link Refused} otherwise. */
    public static Contents inspect(byte[] zip) {
        CountingStream counted = new CountingStream(new ByteArrayInputStream(zip));
        Set<String> names = new HashSet<>();
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) throw new Refused(Reason.UNSAFE, null);
                names.add(entry.getName());
                int read;
                while ((read = in.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > MAX_INFLATED
                            || inflated > RATIO_GRACE && inflated > (long) MAX_RATIO * Math.max(1, counted.count)) {
                        throw new Refused(Reason.UNSAFE, null);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused(Reason.CORRUPT, e);
        }
        if (names.isEmpty()) throw new Refused(Reason.CORRUPT, null);
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
