package vn.kehoach.shared.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The official lists and account imports as RFC 4180 records, read by Apache Commons CSV: quoted fields with commas,
 * doubled quotes and line breaks, CRLF or LF, a UTF-8 byte-order mark. Records keep the line of the file on which they
 * start, for error reports, and come cleaned as form input is ({@link InputText}): a NUL byte in a cell would fail
 * the import's statement.
 */
public final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One record with the (1-based) line of the file on which it starts. */
    public record Row(int line, List<String> fields) {

        public String get(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : null;
        }

        public boolean isBlank() { return fields.stream().allMatch(f -> f == null || f.isBlank()); }
    }

    /** The input is not UTF-8 text, or not CSV (a quote that does not close, text after a closing quote). */
    public static class NotTextException extends Exception {
        NotTextException(Throwable cause) {
            super(cause);
        }
    }

    private CsvFile() {
    }

    /** Decodes strict UTF-8 (a BOM is dropped); malformed bytes are an error, not replacement characters. */
    public static String decodeUtf8(byte[] bytes) throws NotTextException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new NotTextException(e);
        }
    }

    /** The non-blank records of the text, the header included. */
    public static List<Row> parse(String text) throws NotTextException {
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                Row row = new Row(lineOf(lineStarts, start(text, record.getCharacterPosition())),
                        record.stream().map(InputText::clean).toList());
                if (!row.isBlank()) rows.add(row);
            }
        } catch (IOException e) {
            throw new NotTextException(e);
        } catch (UncheckedIOException e) {
            // The parser's iterator reports a malformed record this way.
            throw new NotTextException(e.getCause());
        }
        return rows;
    }

    /** The offsets at which each line of the text starts (after LF, CRLF or a lone CR). */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
            if (c == '\n' || c == '\r') starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where a record's text starts: the parser counts the empty lines it skipped before it as the record's. */
    private static long start(String text, long position) {
        int i = (int) position;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) i++;
        return i;
    }

    private static int lineOf(int[] lineStarts, long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
