package vn.kehoach.reporting.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The type of an uploaded file read from its first bytes, never from its name or the browser's claim: PDF, Word
 * (.docx), Excel (.xlsx), PNG and JPEG are accepted; anything else (scripts, HTML, executables, old binary Office
 * files) is refused.
 */
public final class FileSniffer {

    public enum Kind {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg");

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

    /** An Office file lists its parts first; a look at this many entries is enough and bounds the work. */
    private static final int MAX_ZIP_ENTRIES = 2000;

    private FileSniffer() {
    }

    public static Optional<Kind> sniff(byte[] data) {
        if (startsWith(data, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) return Optional.of(Kind.PDF);
        if (startsWith(data, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) return Optional.of(Kind.PNG);
        if (startsWith(data, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) return Optional.of(Kind.JPEG);
        if (startsWith(data, new byte[]{'P', 'K', 3, 4})) return office(data);
        return Optional.empty();
    }

    private static Optional<Kind> office(byte[] data) {
        boolean contentTypes = false;
        Kind kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) contentTypes = true;
                if (name.equals("word/document.xml")) kind = Kind.DOCX;
                if (name.equals("xl/workbook.xml")) kind = Kind.XLSX;
                if (contentTypes && kind != null) return Optional.of(kind);
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
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
