package vn.kehoach.document.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers. */
final class Text {

    /**
     * Word boundaries for regexes: Java's {@code \b} changed meaning for non-ASCII letters in JDK 19, and Vietnamese
     * words end in letters like "ề", so the boundaries are spelled out.
     */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    static final String WORD_END = "(?![\\p{L}\\p{N}])";

    /** Three or more spaces: the gap between two columns of a table extracted onto one line. */
    static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");
    /** A line of dashes, underscores or dots drawn under a title or issuer. */
    static final Pattern RULE = Pattern.compile("^[-_=–—.*\\s]+$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** One group of a document symbol: "KH", "UBND", "QĐ", "TTg", "CTTN&BĐG"; at least two capitals. */
    private static final String SYMBOL_GROUP = "[\\p{Lu}&][\\p{Lu}&\\d]*[\\p{Lu}&\\d]\\p{Ll}?(?![\\p{L}\\d])";
    /** "482/KH-UBND", "70/2008/NĐ-CP" with stray spaces around "/" and "-" as PDF extraction and line joins leave them. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?<![\\d/])\\d{1,5}(?:\\s*/\\s*\\d{4})?\\s*/\\s*"
            + SYMBOL_GROUP + "(?:\\s*-\\s*" + SYMBOL_GROUP + ")*");
    private static final Pattern TERMINAL = Pattern.compile("[.;:!?…]$");

    private Text() {
    }

    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** Document numbers kept whole: "Kế hoạch số 482/KH- UBND" → "Kế hoạch số 482/KH-UBND". */
    static String joinDocumentNumbers(String text) {
        if (text.indexOf('/') < 0) return text;
        Matcher m = DOCUMENT_NUMBER.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String number = m.group();
            if (!SPACES.matcher(number).find()) continue;
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, last, m.start()).append(SPACES.matcher(number).replaceAll(""));
            last = m.end();
        }
        if (out == null) return text;
        return out.append(text, last, text.length()).toString();
    }

    /** Ends a sentence or a list item: ".", ";", ":", "!", "?", "…". */
    static boolean endsTerminal(String text) {
        return TERMINAL.matcher(text.stripTrailing()).find();
    }

    static boolean startsLowercase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    static boolean startsUppercase(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether nearly all letters are capitals (headings, issuer lines, signer titles). */
    static boolean isUpperCase(String text) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 2 && upper >= letters * 0.9;
    }

    static int words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : SPACES.split(trimmed).length;
    }

    /** Removes trailing punctuation such as ";", ".", ":" and ",", and the closing "/." of "./.". */
    static String stripTrailingPunctuation(String text) {
        return text.replaceAll("[\\s.;:,/]+$", "");
    }

    /** The text up to and including the first sentence end, or all of it. */
    static String firstSentence(String text) {
        var m = Pattern.compile("^(.+?[.!?])(?=\\s+\\p{Lu}|$)").matcher(text.strip());
        return m.find() ? m.group(1) : text.strip();
    }
}
