package vn.kehoach.document.parse;

import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who does what, in the four ways plans write it: "Cơ quan chủ trì / phối hợp / thời gian / sản phẩm" under a task
 * (read by {@link TaskExtractor}); an assignment table (Phụ lục phân công), whose rows are the tasks of the body
 * they name, or new items where the table stood; and "Tổ chức thực hiện", where each numbered block is one agency's
 * assignment ("2. Sở Y tế: chủ trì …", "## 2. Sở Nội vụ" with a) b) below, "13. Đề nghị Ủy ban MTTQ …") whose duty
 * items are the tasks it reports on, and where lettered lists assign one item each ("a) Giao Sở … chủ trì", "c) Đề
 * nghị Ban Tổ chức Tỉnh ủy …").
 *
 * <p>A duty in "Tổ chức thực hiện" that points at a task of the body ("(mục II.2.a)", or the task named by its words,
 * of a task the agency already leads or supports there) sums that task up — as the plans this application writes do —
 * and is no task of its own.
 */
final class Assignments {

    /** Sections with the rows of the tables put in, the closing text, every task in reading order, the agencies. */
    record Result(List<ParsedSection> sections, String closing, List<ParsedTask> tasks, List<ParsedAgency> agencies) {
    }

    private static final String TABLE_SECTION_TITLE = "PHÂN CÔNG NHIỆM VỤ";
    /** "… (mục II.2.a)" closing a row's content: the item of the body the row is about. */
    private static final Pattern PLACE = Pattern.compile(
            "\\((?:mục|Mục)\\s+((?:Phần [IVXLC]+\\.)?[IVXLC]+(?:\\.[\\p{L}\\d+\\-]+)*)\\)\\s*$");
    private static final int MIN_PREFIX = 15;

    private Assignments() {
    }

    static Result read(List<ParsedSection> sections, String closing, List<AssignmentTables.Table> tables,
                       Integer year) {
        Placement placement = new Placement(year);
        List<ParsedSection> placed = placement.place(sections, tables);
        String closingText = closing == null ? null : withoutMarkers(closing);
        List<SectionTreeBuilder.Located> located = SectionTreeBuilder.flatten(placed);

        Map<String, ParsedTask> byPath = new LinkedHashMap<>();
        for (ParsedTask task : TaskExtractor.extract(located, year)) byPath.put(task.sectionNumber(), task);
        for (SectionTreeBuilder.Located l : located) {
            AssignmentTables.Row row = placement.rowOf(l.section());
            if (row != null) byPath.put(l.path(), placement.task(l, row, byPath.get(l.path())));
        }
        Implementation implementation = new Implementation(located, List.copyOf(byPath.values()), year);
        implementation.read();
        implementation.tasks.forEach(t -> byPath.putIfAbsent(t.sectionNumber(), t));
        List<ParsedTask> tasks = new ArrayList<>();
        for (SectionTreeBuilder.Located l : located) {
            ParsedTask task = byPath.get(l.path());
            if (task != null) tasks.add(task);
        }
        return new Result(placed, closingText == null || closingText.isBlank() ? null : closingText,
                List.copyOf(tasks), List.copyOf(implementation.agencies));
    }

    private static String withoutMarkers(String text) {
        if (text.indexOf('⟦') < 0) return text;
        return String.join("\n", AssignmentTables.MARKER.matcher(text).replaceAll("").lines()
                .filter(l -> !l.isBlank()).toList());
    }

    /** Rows of tables matched to the items of the body they name, the others made into items. */
    private static final class Placement {
        final Integer year;
        final Map<ParsedSection, AssignmentTables.Row> rows = new IdentityHashMap<>();

        Placement(Integer year) {
            this.year = year;
        }

        AssignmentTables.Row rowOf(ParsedSection section) {
            return rows.get(section);
        }

        List<ParsedSection> place(List<ParsedSection> sections, List<AssignmentTables.Table> tables) {
            if (tables.isEmpty()) return sections;
            List<SectionTreeBuilder.Located> located = SectionTreeBuilder.flatten(sections);
            Set<ParsedSection> taken = Collections.newSetFromMap(new IdentityHashMap<>());
            Map<Integer, List<ParsedSection>> unplaced = new HashMap<>();
            Map<ParsedSection, AssignmentTables.Row> matched = new IdentityHashMap<>();
            for (AssignmentTables.Table table : tables) {
                List<ParsedSection> items = new ArrayList<>();
                ParsedSection group = null;
                List<ParsedSection> groupItems = null;
                int number = 0;
                for (AssignmentTables.Row row : table.rows()) {
                    if (row.group()) {
                        if (group != null) items.add(withChildren(group, groupItems));
                        group = new ParsedSection(groupLabel(row, items.size() + 1), Text.stripTrailingPunctuation(
                                stripLabel(row.content())), "", SectionKind.TASKS, List.of());
                        groupItems = new ArrayList<>();
                        continue;
                    }
                    ParsedSection target = find(located, row, taken);
                    if (target != null) {
                        taken.add(target);
                        matched.put(target, row);
                        continue;
                    }
                    ParsedSection item;
                    if (group != null) {
                        item = new ParsedSection(Numbering.letter(groupItems.size() + 1), null, row.content(),
                                SectionKind.TASKS, List.of());
                        groupItems.add(item);
                    } else {
                        item = new ParsedSection(Integer.toString(++number), null, row.content(), SectionKind.TASKS,
                                List.of());
                        items.add(item);
                    }
                    rows.put(item, row);
                }
                if (group != null) items.add(withChildren(group, groupItems));
                items.removeIf(s -> s.title() != null && s.children().isEmpty() && s.text().isEmpty());
                if (!items.isEmpty()) unplaced.put(table.index(), items);
            }
            // Matched sections are rebuilt below; their rows follow them by identity through the copy.
            List<ParsedSection> out = new ArrayList<>();
            Set<Integer> put = new HashSet<>();
            for (ParsedSection section : sections) out.add(rebuild(section, unplaced, put, matched));
            for (AssignmentTables.Table table : tables) {
                List<ParsedSection> items = unplaced.get(table.index());
                if (items == null || put.contains(table.index())) continue;
                String title = table.title() != null ? table.title() : TABLE_SECTION_TITLE;
                out.add(new ParsedSection(nextRoman(SectionTreeBuilder.flatten(out)), title, "", SectionKind.TASKS,
                        List.copyOf(items)));
            }
            return List.copyOf(out);
        }

        private ParsedSection rebuild(ParsedSection section, Map<Integer, List<ParsedSection>> unplaced,
                                      Set<Integer> put,
                                      Map<ParsedSection, AssignmentTables.Row> matched) {
            List<ParsedSection> children = new ArrayList<>();
            for (ParsedSection child : section.children()) children.add(rebuild(child, unplaced, put, matched));
            String text = section.text();
            Matcher marker = AssignmentTables.MARKER.matcher(text);
            while (marker.find()) {
                int index = Integer.parseInt(marker.group(1));
                List<ParsedSection> items = unplaced.get(index);
                if (items != null && put.add(index)) children.addAll(items);
            }
            String cleaned = withoutMarkers(text);
            ParsedSection copy = cleaned.equals(text) && children.equals(section.children())
                    ? section
                    : new ParsedSection(section.number(), section.title(), cleaned, section.kind(),
                            List.copyOf(children));
            AssignmentTables.Row row = matched.get(section);
            if (row != null) rows.put(copy, row);
            return copy;
        }

        /**
         * The item a row names: by the place its content ends with ("… (mục II.2.a)", as this application writes
         * its appendix and as many plans do), by its number when that is a path of the body ("II.2.a"), else by its
         * words.
         */
        private static ParsedSection find(List<SectionTreeBuilder.Located> located, AssignmentTables.Row row,
                                          Set<ParsedSection> taken) {
            Matcher place = PLACE.matcher(row.content());
            if (place.find()) {
                ParsedSection at = at(located, place.group(1), taken);
                if (at != null) return at;
            }
            if (!row.number().isEmpty()) {
                ParsedSection at = at(located, row.number(), taken);
                if (at != null) return at;
            }
            String key = words(place.replaceFirst("").replaceFirst("…$", ""));
            if (key.isEmpty()) return null;
            ParsedSection prefixed = null;
            for (SectionTreeBuilder.Located l : located) {
                ParsedSection s = l.section();
                if (l.top() || taken.contains(s)) continue;
                String title = s.title() == null ? "" : words(s.title());
                String text = words(s.text());
                if (key.equals(title) || key.equals(text)
                        || !text.isEmpty() && key.equals(words(Text.firstSentence(text)))) {
                    return s;
                }
                if (prefixed == null && key.length() >= MIN_PREFIX
                        && (title.startsWith(key) || s.title() == null && text.startsWith(key))) {
                    prefixed = s;
                }
            }
            return prefixed;
        }

        private static ParsedSection at(List<SectionTreeBuilder.Located> located, String path,
                                        Set<ParsedSection> taken) {
            for (SectionTreeBuilder.Located l : located) {
                if (l.path().equals(path) && !l.top() && !taken.contains(l.section())) return l.section();
            }
            return null;
        }

        ParsedTask task(SectionTreeBuilder.Located at, AssignmentTables.Row row, ParsedTask written) {
            List<String> leads = row.lead().isEmpty() ? List.of() : AgencyNames.splitList(row.lead());
            String lead = leads.isEmpty()
                    ? written == null ? null : written.lead()
                    : AgencyNames.withoutRequest(leads.get(0));
            boolean requested = leads.isEmpty()
                    ? written != null && written.requested()
                    : AgencyNames.isRequest(leads.get(0));
            List<String> coordinating = new ArrayList<>();
            for (int i = 1; i < leads.size(); i++) coordinating.add(leads.get(i));
            if (!row.coordinating().isEmpty()) coordinating.addAll(AgencyNames.splitList(row.coordinating()));
            else if (written != null && leads.isEmpty()) coordinating.addAll(written.coordinating());
            // "Cả năm" is a time without dates; "Cả năm 2025", a quarter or a month has its dates.
            TaskExtractor.Window window = TaskExtractor.yearRound(row.time())
                    ? null
                    : TaskExtractor.windowOf(stripTimeNote(row.time()), year);
            String timeNote = window == null && !row.time().isEmpty() ? row.time() : timeNote(row.time());
            LocalDates dates = window != null
                    ? new LocalDates(window.from(), window.to())
                    : written == null ? new LocalDates(null, null) : new LocalDates(written.from(), written.to());
            String output = !row.output().isEmpty() ? row.output() : written == null ? null : written.output();
            return new ParsedTask(at.path(), TaskExtractor.title(at.section()), lead, List.copyOf(coordinating),
                    dates.from(), dates.to(), output, requested, timeNote);
        }

        /** "01/03/2025 - 30/06/2025 (Quý II)": the note the application writes after a range. */
        private static String stripTimeNote(String time) {
            return time.replaceFirst("\\s*\\(([^)]*)\\)\\s*$", "");
        }

        private static String timeNote(String time) {
            Matcher m = Pattern.compile("\\(([^)]*)\\)\\s*$").matcher(time);
            return m.find() ? m.group(1).strip() : null;
        }

        private static ParsedSection withChildren(ParsedSection group, List<ParsedSection> children) {
            return new ParsedSection(group.number(), group.title(), group.text(), group.kind(), List.copyOf(children));
        }

        private static String groupLabel(AssignmentTables.Row row, int position) {
            ItemLabel label = ItemLabel.parse(row.content());
            if (label != null && label.style() == ItemLabel.Style.ROMAN) return Integer.toString(position);
            return row.number().matches("\\d{1,2}") ? row.number() : Integer.toString(position);
        }

        private static String stripLabel(String content) {
            ItemLabel label = ItemLabel.parse(content);
            return label == null || label.style().isBullet() ? content : label.rest();
        }

        /** The numeral after the last mục, under parts or not. */
        private static String nextRoman(List<SectionTreeBuilder.Located> located) {
            int last = 0;
            for (SectionTreeBuilder.Located l : located) {
                if (l.top()) last = Math.max(last, Numbering.parseRoman(l.section().number()));
            }
            return Numbering.roman(last + 1);
        }
    }

    private record LocalDates(LocalDate from, LocalDate to) {
    }

    /** "tham mưu bố trí kinh phí" after "Sở Tài chính:" is the task "Tham mưu bố trí kinh phí". */
    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String words(String text) {
        return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The implementation part read block by block. */
    private static final class Implementation {
        /** "(mục II.2.a)", "tại mục II.3": a reference to a part of the body. */
        private static final Pattern REFERENCE = Pattern.compile(
                "(?:mục|Mục)\\s+[IVX]+(?:\\.[\\p{L}\\d+\\-]+)*");
        final List<SectionTreeBuilder.Located> located;
        final List<ParsedTask> bodyTasks;
        final Integer year;
        final Map<ParsedSection, SectionTreeBuilder.Located> bySection = new IdentityHashMap<>();
        final List<ParsedTask> tasks = new ArrayList<>();
        final List<ParsedAgency> agencies = new ArrayList<>();

        Implementation(List<SectionTreeBuilder.Located> located, List<ParsedTask> bodyTasks, Integer year) {
            this.located = located;
            this.bodyTasks = bodyTasks;
            this.year = year;
            located.forEach(l -> bySection.put(l.section(), l));
        }

        /** Whether the text sums up a task of the body rather than giving a duty of its own. */
        private boolean refersToBodyTask(String text, String agencyKey) {
            if (REFERENCE.matcher(text).find()) return true;
            String words = words(text);
            for (ParsedTask task : bodyTasks) {
                boolean concerns = task.lead() != null && AgencyKeys.key(task.lead()).equals(agencyKey)
                        || task.coordinating().stream().anyMatch(c -> AgencyKeys.key(c).equals(agencyKey));
                String title = task.title() == null ? "" : words(task.title());
                if (concerns && title.length() >= MIN_PREFIX && words.contains(title)) return true;
            }
            return false;
        }

        void read() {
            Set<ParsedSection> inside = Collections.newSetFromMap(new IdentityHashMap<>());
            for (SectionTreeBuilder.Located l : located) {
                ParsedSection s = l.section();
                if (s.kind() != SectionKind.IMPLEMENTATION || inside.contains(s) || SectionTreeBuilder.isPart(s))
                    continue;
                markInside(s, inside);
                for (ParsedSection child : s.children()) visit(bySection.get(child));
            }
        }

        private static void markInside(ParsedSection section, Set<ParsedSection> inside) {
            inside.add(section);
            section.children().forEach(c -> markInside(c, inside));
        }

        private void visit(SectionTreeBuilder.Located item) {
            ParsedSection s = item.section();
            if (s.kind() == SectionKind.REPORTING || s.kind() == SectionKind.FUNDING) return;
            if (s.title() != null && AgencyNames.opensWithName(AgencyNames.withoutRequest(s.title()))) {
                boolean collective = AgencyKeys.isCollective(s.title());
                if (collective && s.children().stream().anyMatch(c -> !c.text().isBlank()
                        && AssignmentPhrase.parse(c.text().split("\n", 2)[0], false) != null)) {
                    s.children().forEach(c -> visit(bySection.get(c)));
                    return;
                }
                assign(item, AgencyNames.splitHeading(s.title()), AgencyNames.isRequest(s.title()), s.text());
                return;
            }
            AssignmentPhrase.Phrase phrase = phrase(s);
            if (phrase != null) {
                assign(item, phrase.agencies(), phrase.requested(), s.text());
                return;
            }
            s.children().forEach(c -> visit(bySection.get(c)));
        }

        private static AssignmentPhrase.Phrase phrase(ParsedSection s) {
            if (s.text().isBlank()) return null;
            return AssignmentPhrase.parse(s.text().split("\n", 2)[0], true);
        }

        /** One agency's block: its duty items are its tasks, or the block itself when it has none. */
        private void assign(SectionTreeBuilder.Located block, List<String> names, boolean requested, String ownText) {
            for (String name : names) agencies.add(new ParsedAgency(name, block.path(), requested));
            String lead = names.get(0);
            String leadKey = AgencyKeys.key(lead);
            List<String> others = names.subList(1, names.size());
            List<SectionTreeBuilder.Located> duties = new ArrayList<>();
            for (ParsedSection child : block.section().children()) {
                if (child.kind() != SectionKind.REPORTING) duties.add(bySection.get(child));
            }
            if (duties.isEmpty()) {
                if (ownText == null || ownText.isBlank() || refersToBodyTask(ownText, leadKey)) return;
                tasks.add(task(block, lead, others, requested, ownText, true));
                return;
            }
            for (SectionTreeBuilder.Located duty : duties) {
                String text = (duty.section().title() == null ? "" : duty.section().title() + "\n")
                        + duty.section().text();
                if (refersToBodyTask(text, leadKey)) continue;
                tasks.add(task(duty, lead, others, requested, text, false));
            }
        }

        private ParsedTask task(SectionTreeBuilder.Located at, String lead, List<String> others, boolean requested,
                                String text, boolean isBlock) {
            List<String> coordinating = new ArrayList<>(others);
            for (String c : TaskExtractor.coordinating(text, lead)) {
                if (!coordinating.contains(c)) coordinating.add(c);
            }
            TaskExtractor.Window window = TaskExtractor.window(text, year);
            String title = isBlock
                    ? capitalised(Text.stripTrailingPunctuation(Text.firstSentence(text.split("\n")[0])))
                    : TaskExtractor.title(at.section());
            return new ParsedTask(at.path(), title, lead, List.copyOf(coordinating),
                    window == null ? null : window.from(), window == null ? null : window.to(),
                    TaskExtractor.output(text), requested, null);
        }
    }
}
