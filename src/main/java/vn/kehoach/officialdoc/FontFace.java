package vn.kehoach.officialdoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The four Liberation Serif faces shipped in {@code src/main/resources/fonts}. Liberation Serif has the metrics of
 * Times New Roman (the decree's font) and every Vietnamese glyph, under the OFL; the PDF embeds it and the Word
 * writer measures with it, so neither depends on the fonts of the host.
 */
enum FontFace {
    REGULAR("Regular", 400, false), BOLD("Bold", 700, false), ITALIC("Italic", 400, true), BOLD_ITALIC("BoldItalic",
            700, true);

    /** The family name documents ask for: the PDF maps it to these faces, Word finds it on the reader's machine. */
    static final String FAMILY = "Times New Roman";

    private final String resource;
    private final int weight;
    private final boolean italic;
    private volatile byte[] bytes;

    FontFace(String suffix, int weight, boolean italic) {
        this.resource = "/fonts/LiberationSerif-" + suffix + ".ttf";
        this.weight = weight;
        this.italic = italic;
    }

    static FontFace of(boolean bold, boolean italic) {
        if (bold) return italic ? BOLD_ITALIC : BOLD;
        return italic ? ITALIC : REGULAR;
    }

    int weight() {
        return weight;
    }

    boolean italic() {
        return italic;
    }

    /** The font file, read once from the classpath (≈ 400 kB each) and kept. */
    byte[] bytes() {
        byte[] loaded = bytes;
        if (loaded == null) {
            try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("font missing from the classpath: " + resource);
                loaded = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            bytes = loaded;
        }
        return loaded;
    }
}
