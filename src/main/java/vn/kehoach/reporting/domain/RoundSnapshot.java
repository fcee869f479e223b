package vn.kehoach.reporting.domain;

import vn.kehoach.reporting.EntryState;
import vn.kehoach.shared.text.Alignment;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.VietnameseNumbers;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report said when it was sent, as labelled parts of text ("II.1 Tuyên truyền…": state, narrative,
 * figures), kept per round so that a resubmission can be compared word by word with the round before.
 */
public record RoundSnapshot(List<Part> parts) {

    /** @param key the part's identity across rounds ("entry:123", "target:1.1", "results") */
    public record Part(String key, String label, String text) {
    }

    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    /** A word of a changed part: kept, removed or added. */
    public record Word(Alignment.Op op, String text) {
    }

    public record PartDiff(String key, String label, Change change, List<Word> words) {

        /**
         * The message that names the part in the reader's language; null for a task's part, named by the task's own
         * number and title. The stored label is what the round said, in Vietnamese.
         */
        public String messageKey() {
            if (key.startsWith("target:")) return "report.rounds.part.target";
            return switch (key) {
                case "results", "shortcomings", "causes", "directions", "proposals" -> "report." + key;
                case "attachments" -> "report.attachments.title";
                default -> null;
            };
        }

        /** The target's code, for the target's message. */
        public String messageArgument() {
            return key.startsWith("target:") ? key.substring("target:".length()) : null;
        }
    }

    public static RoundSnapshot of(ReportView report, List<String> attachmentNames) {
        List<Part> parts = new ArrayList<>();
        for (ReportView.TaskPart task : report.tasks()) {
            parts.add(new Part("entry:" + task.sectionId(), task.path() + " " + task.title(), entryText(task.entry())));
        }
        for (EntryContent other : report.otherEntries()) {
            parts.add(new Part("entry:" + other.sectionId(), other.taskPath() + " " + other.taskTitle(),
                    entryText(other)));
        }
        for (ReportView.TargetPart target : report.targets()) {
            parts.add(new Part("target:" + target.code(), OfficialText.of("report.rounds.part.target", target.code()),
                    targetText(target.value())));
        }
        parts.add(part("results", nz(report.results())));
        parts.add(part("shortcomings", nz(report.shortcomings())));
        parts.add(part("causes", nz(report.causes())));
        parts.add(part("directions", nz(report.directions())));
        parts.add(part("proposals", nz(report.proposals())));
        parts.add(new Part("attachments", OfficialText.of("report.attachments.title"),
                String.join("\n", attachmentNames)));
        return new RoundSnapshot(parts);
    }

    /** The stored label is what the round said, in Vietnamese; pages name the part by {@link PartDiff#messageKey}. */
    private static Part part(String key, String text) {
        return new Part(key, OfficialText.of("report." + key), text);
    }

    static String entryText(EntryContent e) {
        List<String> lines = new ArrayList<>();
        if (e.state() != null) lines.add(OfficialText.of("report.snapshot.state", stateLabel(e.state())));
        if (e.narrative() != null && !e.narrative().isBlank()) lines.add(e.narrative().strip());
        Figures f = e.figures();
        List<String> figures = new ArrayList<>();
        if (f.activities() != null) figures.add(OfficialText.of("report.snapshot.activities", f.activities()));
        if (f.participantsMale() != null || f.participantsFemale() != null) {
            figures.add(OfficialText.of("report.snapshot.participants", nz(f.participantsMale()),
                    nz(f.participantsFemale())));
        }
        if (f.products() != null) figures.add(OfficialText.of("report.snapshot.products", f.products()));
        if (f.spent() != null) figures.add(OfficialText.of("report.snapshot.spent", money(f.spent())));
        if (!figures.isEmpty()) lines.add(String.join("; ", figures));
        return String.join("\n", lines);
    }

    static String targetText(TargetValueContent v) {
        List<String> bits = new ArrayList<>();
        if (v.numerator() != null || v.denominator() != null) {
            bits.add(OfficialText.of("report.snapshot.fraction", number(v.numerator()), number(v.denominator())));
        }
        if (v.effectiveValue() != null) bits.add(OfficialText.of("report.snapshot.value", number(v.effectiveValue())));
        if (v.valueMale() != null || v.valueFemale() != null) {
            bits.add(OfficialText.of("report.snapshot.bySex", number(v.valueMale()), number(v.valueFemale())));
        }
        if (v.source() != null && !v.source().isBlank())
            bits.add(OfficialText.of("report.snapshot.source", v.source()));
        if (v.note() != null && !v.note().isBlank()) bits.add(OfficialText.of("report.snapshot.note", v.note()));
        return String.join("; ", bits);
    }

    public static String stateLabel(EntryState state) {
        return OfficialText.of("EntryState." + state.name());
    }

    /** "5.000.000": Vietnamese grouping. */
    public static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0",
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        return format.format(amount);
    }

    /** "1.234,5": Vietnamese grouping and decimal comma, at most two decimals; "—" for no figure. */
    public static String number(BigDecimal n) {
        return n == null ? "—" : VietnameseNumbers.format(n);
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    /** The parts of {@code after} compared with {@code before}, in the order of {@code after}, removed parts last. */
    public static List<PartDiff> compare(RoundSnapshot before, RoundSnapshot after) {
        Map<String, Part> old = new LinkedHashMap<>();
        before.parts().forEach(p -> old.put(p.key(), p));
        List<PartDiff> out = new ArrayList<>();
        for (Part part : after.parts()) {
            Part was = old.remove(part.key());
            if (was == null) {
                if (!part.text().isBlank()) {
                    out.add(new PartDiff(part.key(), part.label(), Change.ADDED,
                            List.of(new Word(Alignment.Op.ADDED, part.text()))));
                }
            } else if (was.text().equals(part.text())) {
                out.add(new PartDiff(part.key(), part.label(), Change.SAME,
                        List.of(new Word(Alignment.Op.SAME, part.text()))));
            } else {
                out.add(new PartDiff(part.key(), part.label(), Change.CHANGED, words(was.text(), part.text())));
            }
        }
        for (Part gone : old.values()) {
            if (!gone.text().isBlank()) {
                out.add(new PartDiff(gone.key(), gone.label(), Change.REMOVED,
                        List.of(new Word(Alignment.Op.REMOVED, gone.text()))));
            }
        }
        return out;
    }

    /**
     * Word-level differences, with runs joined so that the page shows phrases, not single words, and within a change
     * what went before what came in ("<del>1 </del><ins>2 </ins>").
     */
    static List<Word> words(String before, String after) {
        List<Word> out = new ArrayList<>();
        StringBuilder same = new StringBuilder();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (Alignment.Step<String> step : Alignment.of(tokens(before), tokens(after))) {
            if (step.op() == Alignment.Op.SAME) {
                flush(out, Alignment.Op.REMOVED, removed);
                flush(out, Alignment.Op.ADDED, added);
                same.append(step.item());
            } else {
                flush(out, Alignment.Op.SAME, same);
                (step.op() == Alignment.Op.REMOVED ? removed : added).append(step.item());
            }
        }
        flush(out, Alignment.Op.REMOVED, removed);
        flush(out, Alignment.Op.ADDED, added);
        flush(out, Alignment.Op.SAME, same);
        return out;
    }

    private static void flush(List<Word> out, Alignment.Op op, StringBuilder text) {
        if (text.isEmpty()) return;
        out.add(new Word(op, text.toString()));
        text.setLength(0);
    }

    /** Words with the whitespace that follows them, so that joined runs read as the original text. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+\\s*|\\s+").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
