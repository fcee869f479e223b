package vn.kehoach.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what follows the body: the recipients (Nơi nhận) and the signature block. They are the two columns of one
 * table, so extraction gives them one after the other, side by side, or interleaved line by line; every piece is
 * therefore classified on its own — a "- " line is a recipient, a "TM."/"KT." line an authority, other capitals the
 * position, a capitalised name the signer — and the order does not matter.
 */
final class SignatureParser {

    /** What the tail holds. */
    record Tail(List<String> recipients, ParsedSigner signer) {
    }

    private static final Pattern RECIPIENTS = Pattern.compile("^Nơi nhận\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RECIPIENT = Pattern.compile("^[-–•+]\\s*(.+)$");
    private static final Pattern AUTHORITY = Pattern.compile("^(?:TM|KT|Q|TL|TUQ|T/M)\\.?\\s+\\p{Lu}.*");
    /** A recipient and the signer's column run together: "- Sở Nội vụ; KT. CHỦ TỊCH". */
    private static final Pattern RECIPIENT_THEN_OTHER = Pattern
            .compile("^(.*?[;.])\\s+((?:TM|KT|Q|TL|TUQ)\\.\\s.*|\\p{Lu}{2,}.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^[(\\[].*[)\\]]$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");

    private SignatureParser() {
    }

    static Tail parse(List<SourceLine> lines) {
        List<String> recipients = new ArrayList<>();
        List<String> authority = new ArrayList<>();
        String title = null;
        String name = null;
        boolean lastRecipientOpen = false;
        List<String> pieces = new ArrayList<>();
        for (SourceLine line : lines) {
            for (String segment : Text.COLUMN_GAP.split(line.raw())) pieces.add(Text.collapse(segment));
        }
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (piece.isEmpty()) continue;
            Matcher r = RECIPIENTS.matcher(piece);
            if (r.matches()) {
                if (!r.group(1).isBlank()) pieces.add(i + 1, r.group(1).strip());
                continue;
            }
            Matcher recipient = RECIPIENT.matcher(piece);
            if (continuesRecipient(recipients, lastRecipientOpen, piece)) {
                // A recipient wrapped onto the next printed line ("- Lưu: VT," / "VHXH.").
                int last = recipients.size() - 1;
                recipients.set(last, cleanRecipient(recipients.get(last) + " " + piece));
                lastRecipientOpen = !Text.endsTerminal(piece);
            } else if (recipient.matches()) {
                String text = recipient.group(1).strip();
                Matcher mixed = RECIPIENT_THEN_OTHER.matcher(text);
                if (mixed.matches()) {
                    text = mixed.group(1);
                    pieces.add(i + 1, mixed.group(2));
                }
                recipients.add(cleanRecipient(text));
                lastRecipientOpen = !Text.endsTerminal(text);
            } else if (AUTHORITY.matcher(piece).matches()) {
                authority.add(piece);
            } else if (Text.isUpperCase(piece) && !PLACEHOLDER.matcher(piece).matches()) {
                if (title == null) title = piece;
            } else if (NAME.matcher(piece).matches()) {
                name = piece;
            }
        }
        ParsedSigner signer = authority.isEmpty() && title == null && name == null
                ? null
                : new ParsedSigner(List.copyOf(authority), title, name);
        return new Tail(List.copyOf(recipients), signer);
    }

    private static boolean continuesRecipient(List<String> recipients, boolean lastOpen, String piece) {
        if (!lastOpen || recipients.isEmpty() || RECIPIENT.matcher(piece).matches()
                || AUTHORITY.matcher(piece).matches()) {
            return false;
        }
        return Text.startsLowercase(piece) || recipients.get(recipients.size() - 1).endsWith(",");
    }

    private static String cleanRecipient(String text) {
        return text.replaceAll("\\s*[;.]+\\s*$", "").strip();
    }
}
