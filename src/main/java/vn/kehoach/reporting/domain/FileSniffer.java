package vn.kehoach.reporting.domain;

import vn.kehoach.shared.files.ZipGuard;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The type of an uploaded file read from its first bytes, never from its name or the browser's claim: PDF, Word
 * (.docx), Excel (.xlsx), PNG and JPEG are accepted; anything else (scripts, HTML, executables, old binary Office
 * files) is refused.
 */
public final class FileSniffer {

    public enum Kind {
        PDF("application/pdf", "pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "docx"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "xlsx"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg");

        private final String contentType;
        private final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        public static Optional<Kind> ofContentType(String type) {
            for (Kind k : values()) {
                if (k.contentType.equals(type)) return Optional.of(k);
            }
            return Optional.empty();
        }
    }

    private FileSniffer() {
    }

    /**
     * The file's kind, or empty for one that is not accepted.
     *
     * @throws ZipGuard.Refused for an Office file that inflates to more than any document (a zip bomb)
     */
    public static Optional<Kind> sniff(byte[] data) {
        if (startsWith(data, "%PDF-".getBytes(StandardCharsets.US_ASCII))) return Optional.of(Kind.PDF);
        if (startsWith(data, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}))
            return Optional.of(Kind.PNG);
        if (startsWith(data, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) return Optional.of(Kind.JPEG);
        if (startsWith(data, new byte[]{'P', 'K', 3, 4})) return office(data);
        return Optional.empty();
    }

    /**
     * A Word or Excel file by its parts, read through the archive guard: looking for a part inflates every entry
     * before it, which a zip bomb turns into seconds of CPU.
     */
    private static Optional<Kind> office(byte[] data) {
        ZipGuard.Contents contents;
        try {
            contents = ZipGuard.inspect(data);
        } catch (ZipGuard.Refused e) {
            if (e.reason() == ZipGuard.Reason.UNSAFE) throw e;
            return Optional.empty();
        }
        if (!contents.has("[Content_Types].xml")) return Optional.empty();
        if (contents.has("word/document.xml")) return Optional.of(Kind.DOCX);
        if (contents.has("xl/workbook.xml")) return Optional.of(Kind.XLSX);
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) return false;
        }
        return true;
    }
}
