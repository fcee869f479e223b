package vn.kehoach.officialdoc;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Widths of printed text in points, from the shipped fonts. Word has no "as wide as the text above" rule, so the
 * Word writer sizes the rules under the motto, the issuer and the title from these widths (Liberation Serif and
 * Times New Roman share their advance widths, so the rules fit the text in Word as well).
 */
final class TextMeasure {

    private static final Map<FontFace, Metrics> FONTS = new EnumMap<>(FontFace.class);

    private TextMeasure() {
    }

    /** The advance width of a single line of text, in points. */
    static synchronized double width(String text, FontFace face, double sizePoints) {
        Metrics metrics = FONTS.computeIfAbsent(face, Metrics::read);
        try {
            long units = 0;
            for (int codePoint : text.codePoints().toArray()) {
                units += metrics.font.getAdvanceWidth(metrics.cmap.getGlyphId(codePoint));
            }
            return units * sizePoints / metrics.font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure with " + face, e);
        }
    }

    /** A parsed font with its character map, kept: looking the map up again costs milliseconds each time. */
    private record Metrics(TrueTypeFont font, CmapLookup cmap) {
        static Metrics read(FontFace face) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                return new Metrics(font, font.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + face, e);
            }
        }
    }
}
