package vn.kehoach.document.parse;

/** What an upload is, from its first bytes; the format name goes into the refusal message. */
enum FileKind {
    DOCX_OR_ZIP(null), TEXT(null), OLE2("Word 97-2003 (.doc)"), PDF("PDF"), PNG("PNG"), JPEG("JPEG"), GIF("GIF"), TIFF(
            "TIFF"), WEBP("WebP"), RTF("RTF"), BINARY("BIN");

    private final String formatName;

    FileKind(String formatName) {
        this.formatName = formatName;
    }

    /** The name of a refused format; null for the two that are read. */
    String formatName() {
        return formatName;
    }

    static FileKind detect(byte[] b) {
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6) || startsWith(b, 'P', 'K', 7, 8))
            return DOCX_OR_ZIP;
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return OLE2;
        if (startsWith(b, '%', 'P', 'D', 'F')) return PDF;
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return PNG;
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return JPEG;
        if (startsWith(b, 'G', 'I', 'F', '8')) return GIF;
        if (startsWith(b, 'I', 'I', '*', 0) || startsWith(b, 'M', 'M', 0, '*')) return TIFF;
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length > 11 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B')
            return WEBP;
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) return RTF;
        return TextDecoding.looksBinary(b) ? BINARY : TEXT;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
