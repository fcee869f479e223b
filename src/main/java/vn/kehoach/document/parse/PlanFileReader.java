package vn.kehoach.document.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Turns an uploaded file into plan text. The format is decided by the content (magic bytes), never by the name or
 * the browser's content type, which users and browsers get wrong: a .docx is read with its automatic numbering, text
 * is decoded from UTF-8 (with or without BOM), UTF-16 or Windows-1258, and anything else — pictures, PDF, old .doc,
 * other archives, oversize or zip-bomb files, text that is not a plan — is refused with a {@link PlanParseException}.
 * Stateless and thread-safe.
 */
public final class PlanFileReader {

    /** The largest upload accepted: real plans are well under 1 MB, with pictures a few MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The most text accepted after extraction: about 800 pages, far beyond any plan. */
    public static final int MAX_CHARS = 2_000_000;

    /**
     * @param filename    the name the user gave, only for messages; may be null
     * @param contentType the browser's claim, ignored for the decision; may be null
     */
    public String extractText(String filename, String contentType, byte[] bytes) {
        if (bytes == null || bytes.length == 0) throw new PlanParseException(PlanParseException.Reason.EMPTY);
        if (bytes.length > MAX_BYTES) throw tooLarge();
        FileKind kind = FileKind.detect(bytes);
        String text = switch (kind) {
            case DOCX_OR_ZIP -> DocxTextExtractor.extract(bytes, MAX_CHARS);
            case TEXT -> TextDecoding.decode(bytes);
            default -> throw new PlanParseException(PlanParseException.Reason.UNSUPPORTED_TYPE, kind.formatName());
        };
        if (text.length() > MAX_CHARS) throw new PlanParseException(PlanParseException.Reason.TOO_LONG, MAX_CHARS);
        List<SourceLine> lines = TextNormalizer.normalize(text);
        if (lines.isEmpty()) throw new PlanParseException(PlanParseException.Reason.EMPTY);
        if (!PlanTextParser.looksLikePlan(lines)) throw new PlanParseException(PlanParseException.Reason.NOT_A_PLAN);
        return text;
    }

    /**
     * Reads at most {@link #MAX_BYTES} from the stream: an upload whose declared size is over the limit is refused
     * before anything is read, and one that lies about its size is cut off as soon as it passes the limit.
     *
     * @param size the declared size, or a negative number when unknown
     */
    public String extractText(String filename, String contentType, InputStream in, long size) {
        if (size > MAX_BYTES) throw tooLarge();
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw tooLarge();
            return extractText(filename, contentType, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlanParseException tooLarge() {
        return new PlanParseException(PlanParseException.Reason.TOO_LARGE, MAX_BYTES / (1024 * 1024));
    }
}
