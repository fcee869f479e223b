package vn.kehoach.shared.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the official lists and account imports: quoted fields with commas, doubled quotes and
 * line breaks, CRLF or LF, a UTF-8 byte-order mark. Records keep the line number they started on, for error reports.
 * Fields come cleaned as form input is ({@link InputText}): a NUL byte in a cell would fail the import's statement.
 */
public final class Csv {

    /** One record with the (1-based) line of the file on which it starts. */
    public record Row(int line, List<String> fields) {

        public String get(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : null;
        }

        public boolean isBlank() {
            return fields.stream().allMatch(f -> f == null || f.isBlank());
        }
    }

    /** The input is not UTF-8 text. */
    public static class NotTextException extends Exception {
        NotTextException(Throwable cause) {
            super(cause);
        }
    }

    private Csv() {
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

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(InputText.clean(field.toString()));
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                fields.add(InputText.clean(field.toString()));
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(InputText.clean(field.toString()));
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        rows.removeIf(Row::isBlank);
        return rows;
    }
}
