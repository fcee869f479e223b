package vn.kehoach.document.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes uploaded text: UTF-8 with or without BOM, UTF-16 with BOM or, recognisably, without one; text that is not
 * valid UTF-8 is read as Windows-1258, the old Vietnamese Windows code page (its combining tone marks are composed
 * later by NFC).
 */
final class TextDecoding {

    private static final String WINDOWS_VIETNAMESE = "windows-1258";
    /** How much of the file decides between text and binary. */
    private static final int SAMPLE = 8192;

    private TextDecoding() {
    }

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) return new String(b, utf16);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            Charset legacy = Charset.isSupported(WINDOWS_VIETNAMESE)
                    ? Charset.forName(WINDOWS_VIETNAMESE)
                    : StandardCharsets.ISO_8859_1;
            return new String(b, legacy);
        }
    }

    /** Control characters other than line ends and tabs, outside UTF-16, mean a binary file. */
    static boolean looksBinary(byte[] b) {
        if (utf16WithoutBom(b) != null || b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return false;
        }
        byte[] sample = Arrays.copyOf(b, Math.min(b.length, SAMPLE));
        int control = 0;
        for (byte value : sample) {
            int c = value & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return control > sample.length / 100;
    }

    /** ASCII in UTF-16 without a BOM shows as a zero byte in every other position. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 4) return null;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZeros++;
            if (b[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return StandardCharsets.UTF_16LE;
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return StandardCharsets.UTF_16BE;
        return null;
    }
}
