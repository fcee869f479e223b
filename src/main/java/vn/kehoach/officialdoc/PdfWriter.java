package vn.kehoach.officialdoc;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the PDF-mode HTML with openhtmltopdf. The four Liberation Serif faces are registered under the family
 * name "Times New Roman", which the stylesheet asks for, and embedded as subsets: the PDF looks the same on every
 * machine and its text stays real, selectable and searchable text.
 *
 * <p>The PDF is tagged (PDF/UA mode): screen readers can read a public document, and this mode also switches off the
 * renderer's non-embedded built-in fonts, which would otherwise make PDFBox scan the host's fonts for a Symbol
 * substitute. It costs about a third more time and size (≈ 0.4 s and 85 kB for a four-page plan).
 */
final class PdfWriter {

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    byte[] write(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<TrueTypeFont> opened = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder().usePDDocument(document);
            for (FontFace face : FontFace.values()) {
                builder.useFont(new LazyFace(document, face, opened), FontFace.FAMILY, face.weight(),
                        face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null).withProducer("kehoach-bdg").usePdfUaAccessibility(true)
                    .useUnicodeLineBreaker(new LineBreaks()).toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        } finally {
            for (TrueTypeFont font : opened) {
                try {
                    font.close();
                } catch (IOException ignored) {
                    // read from memory: nothing to release
                }
            }
        }
        return out.toByteArray();
    }

    /** A face read when the document first uses it (most plans use two or three of the four), without GSUB. */
    private static final class LazyFace extends PDFontSupplier {
        private final PDDocument document;
        private final FontFace face;
        private final List<TrueTypeFont> opened;
        private PDFont font;

        LazyFace(PDDocument document, FontFace face, List<TrueTypeFont> opened) {
            super(null);
            this.document = document;
            this.face = face;
            this.opened = opened;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                    opened.add(file);
                    file.setEnableGsub(false);
                    font = PDType0Font.load(document, file, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the font " + face, e);
                }
            }
            return font;
        }
    }

    /**
     * Standard line breaking, with one exception. The renderer's default also breaks after every "/" (it is made for
     * URLs), which splits document numbers such as "191/2009/TT-BTC" and dates such as "15/12/2025" across lines.
     * The JDK's rules, unlike Unicode's (UAX #14, LB29), also break after a full stop followed by a letter or digit,
     * which splits a reference such as "mục II.2.g" into "II.2." and "g"; such a break is skipped, and so is one after
     * a hyphen between letters or digits, which would split a symbol such as "KH-UBND" or "TT-BTC".
     */
    static final class LineBreaks implements FSTextBreaker {
        private final BreakIterator breaks = BreakIterator.getLineInstance(Texts.VIETNAMESE);
        private String text = "";

        @Override
        public int next() {
            int next = breaks.next();
            while (next != BreakIterator.DONE && insideReference(next)) next = breaks.next();
            return next;
        }

        @Override
        public void setText(String text) {
            this.text = text;
            breaks.setText(text);
        }

        private boolean insideReference(int position) {
            if (position < 2 || position >= text.length()) return false;
            char before = text.charAt(position - 1);
            boolean joined = before == '.' || before == '-' && Character.isLetterOrDigit(text.charAt(position - 2));
            return joined && Character.isLetterOrDigit(text.charAt(position));
        }
    }
}
