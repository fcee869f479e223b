package vn.kehoach.document.export;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;

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
        PdfRendererBuilder builder = new PdfRendererBuilder();
        for (FontFace face : FontFace.values()) {
            FSSupplier<InputStream> file = () -> new ByteArrayInputStream(face.bytes());
            builder.useFont(file, FontFace.FAMILY, face.weight(), face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL,
                    true);
        }
        builder.withHtmlContent(xhtml, null).withProducer("kehoach-bdg").usePdfUaAccessibility(true)
                .useUnicodeLineBreaker(new LineBreaks()).toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * Standard line breaking. The renderer's default also breaks after every "/" (it is made for URLs), which
     * splits document numbers such as "191/2009/TT-BTC" and dates such as "15/12/2025" across lines.
     */
    private static final class LineBreaks implements FSTextBreaker {
        private final BreakIterator breaks = BreakIterator.getLineInstance(Texts.VIETNAMESE);

        @Override
        public int next() {
            return breaks.next();
        }

        @Override
        public void setText(String text) {
            breaks.setText(text);
        }
    }
}
