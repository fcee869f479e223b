package vn.kehoach.plan;

import org.jsoup.nodes.Entities;
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.shared.text.RichText;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Tổ chức thực hiện" written from the assignments, as officials write it: one numbered item per agency ("2. Sở Y
 * tế"), in the roster's order with the front and mass organisations last as "Đề nghị …", and under it the agency's
 * duties in sentences — first what it leads ("Chủ trì, phối hợp với Sở Tài chính kiện toàn … (mục II.1.a)."), then
 * what it supports ("Phối hợp với Sở Y tế thực hiện nhiệm vụ tại mục II.2.c."). Each task is named once, by a short
 * title under the agency that leads it; the agencies that support it point to its place in the plan.
 *
 * <p>A reference joins "mục" and the path with a no-break space, and a path has no space in it, so no rendition
 * splits it across lines (the PDF line breaker keeps "II.2.g" whole, see the document module).
 */
public final class ImplementationDuties {

    /** Joins "mục" to the path it names. */
    public static final char NO_BREAK_SPACE = '\u00A0';

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Up to this many leads an agency supports are named; beyond, "các cơ quan chủ trì". */
    private static final int MOST_LEADS_NAMED = 3;
    /** A short title stops at the first clause; longer ones stop at a comma before this many characters. */
    private static final int SHORT_TITLE = 160;
    /** First words that are names, not verbs: they keep their capital inside a sentence. */
    private static final Set<String> NAMES = Set.of("Tháng", "Luật", "Bộ", "Sở", "Ủy", "Hội", "Ban", "Chiến", "Nghị",
            "Quyết", "Chỉ", "Đề", "Chương", "Ngày", "Công", "Ngân", "Đảng", "Nhà", "Nhân", "Mặt", "Quốc", "Việt",
            "Đoàn", "Liên", "Trung");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.;:,]+$");
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("\\s*\\([^()]*\\)$");
    /** "mục II.2.a", "Mục Phần II.IV.3" with a plain space. */
    private static final Pattern WRITTEN_REFERENCE = Pattern.compile(
            "([Mm]ục) ((?:Phần [IVXLC]+\\.)?[IVXLC]+(?:\\.[\\p{L}\\d+\\-]+)*)(?![\\p{L}\\d])");

    private ImplementationDuties() {
    }

    /**
     * One agency's item.
     *
     * @param title the item's title: the agency as the plan names it, "Đề nghị " before a requested one
     * @param html  its duties as paragraphs ({@code <p>}), escaped
     */
    public record Duty(String title, String html) {
    }

    /** Whether the plan's "Tổ chức thực hiện" has text of its own beyond the reporting regime. */
    public static boolean drafted(PlanDetails plan) {
        return plan.sections().stream().filter(s -> s.kind() == SectionKind.IMPLEMENTATION)
                .anyMatch(s -> (s.text() != null && !s.text().isBlank())
                        || s.children().stream().anyMatch(c -> c.kind() != SectionKind.REPORTING));
    }

    /** The items for the plan's assignments, in the order plans list agencies; empty when nothing is assigned. */
    public static List<Duty> of(PlanDetails plan) {
        Map<String, Agency> agencies = new LinkedHashMap<>();
        for (PlanDetails.Task task : plan.tasks()) {
            Agency lead = lead(task, agencies);
            if (lead != null) {
                lead.leads.add(task);
                // A lead the plan requests ("Đề nghị …", as imported) is listed with the requested bodies.
                lead.requested |= task.leadRequested();
            }
            for (PlanDetails.AgencyName c : task.coordinating()) {
                Agency agency = agency(c, agencies);
                if (agency != null && agency != lead) agency.supports.add(task);
            }
        }
        Collator collator = Collator.getInstance(VIETNAMESE);
        List<Agency> ordered = new ArrayList<>(agencies.values());
        ordered.sort(Comparator.comparing((Agency a) -> a.requested).thenComparingInt(a -> a.order)
                .thenComparing(a -> a.name, collator));
        Set<Long> named = new HashSet<>();
        List<Duty> duties = new ArrayList<>();
        for (Agency agency : ordered) {
            List<String> paragraphs = new ArrayList<>();
            List<String> leading = new ArrayList<>();
            for (PlanDetails.Task task : agency.leads) {
                named.add(task.sectionId());
                leading.add(leadClause(task, agency, agencies));
            }
            if (!leading.isEmpty()) paragraphs.add(sentence(leading));
            List<String> supporting = supportClauses(agency, agencies, named);
            if (!supporting.isEmpty()) paragraphs.add(sentence(supporting));
            StringBuilder html = new StringBuilder();
            paragraphs.forEach(p -> html.append("<p>").append(Entities.escape(p)).append("</p>"));
            duties.add(new Duty((agency.requested ? "Đề nghị " : "") + agency.name, html.toString()));
        }
        return duties;
    }

    /**
     * The plan's sections as its document prints them: as drafted, with the duties written from the assignments in
     * a "Tổ chức thực hiện" that has nothing of its own, before the reporting regime (numbered after them). The
     * written items are not stored, so their ids are negative.
     */
    public static List<PlanDetails.Section> printedSections(PlanDetails plan) {
        if (drafted(plan)) return plan.sections();
        List<Duty> duties = of(plan);
        if (duties.isEmpty()) return plan.sections();
        return plan.sections().stream()
                .map(s -> s.kind() == SectionKind.IMPLEMENTATION ? withDuties(s, duties) : s).toList();
    }

    private static PlanDetails.Section withDuties(PlanDetails.Section implementation, List<Duty> duties) {
        Numbering.Style style = implementation.children().isEmpty()
                ? Numbering.defaultStyle(1)
                : implementation.children().get(0).style();
        List<PlanDetails.Section> children = new ArrayList<>();
        for (Duty duty : duties) {
            children.add(item(implementation, style, children.size() + 1, -(children.size() + 1L), duty.title(),
                    duty.html(), SectionKind.IMPLEMENTATION, List.of()));
        }
        for (PlanDetails.Section kept : implementation.children()) {
            children.add(item(implementation, style, children.size() + 1, kept.id(), kept.title(), kept.html(),
                    kept.kind(), kept.children()));
        }
        return new PlanDetails.Section(implementation.id(), implementation.number(), implementation.path(),
                implementation.style(), implementation.title(), implementation.text(), implementation.html(),
                implementation.kind(), implementation.task(), children);
    }

    private static PlanDetails.Section item(PlanDetails.Section parent, Numbering.Style style, int position, long id,
                                            String title, String html, SectionKind kind,
                                            List<PlanDetails.Section> children) {
        String number = style.label(position);
        return new PlanDetails.Section(id, number, parent.path() + "." + number, style, title,
                RichText.toPlainText(html), html, kind, false, children);
    }

    /** "mục II.2.a" with a no-break space: a reference that stays on one line. */
    public static String reference(String path) {
        return "mục" + NO_BREAK_SPACE + path;
    }

    /**
     * The text with each "mục II.2.a" it writes joined by a no-break space, as {@link #reference} joins it: forms and
     * imports keep plain spaces, the printed plan keeps references whole.
     */
    public static String keepReferencesWhole(String text) {
        return text == null ? null : WRITTEN_REFERENCE.matcher(text).replaceAll("$1" + NO_BREAK_SPACE + "$2");
    }

    /**
     * The task as a duty names it: its first clause, without the closing punctuation, cut at a comma when still
     * long ("Kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới ở các xã, phường, đặc khu sau sắp xếp").
     */
    public static String shortTitle(String title) {
        if (title == null) return "";
        String text = title.strip();
        int clause = text.indexOf(';');
        if (clause > 0) text = text.substring(0, clause);
        text = TRAILING_PUNCTUATION.matcher(text).replaceAll("");
        // A period in brackets at the end ("(15/11 - 15/12/2025)") is in the appendix's time column.
        String bare = TRAILING_BRACKETS.matcher(text).replaceAll("");
        if (!bare.isBlank()) text = bare;
        if (text.length() > SHORT_TITLE) {
            int comma = text.lastIndexOf(", ", SHORT_TITLE);
            if (comma > SHORT_TITLE / 2) text = text.substring(0, comma);
        }
        return text;
    }

    /** "chủ trì, phối hợp với Sở Tài chính kiện toàn … (mục II.1.a)". */
    private static String leadClause(PlanDetails.Task task, Agency lead, Map<String, Agency> agencies) {
        List<String> partners = new ArrayList<>();
        for (PlanDetails.AgencyName c : task.coordinating()) {
            Agency agency = agency(c, agencies);
            if (agency != null && agency != lead) partners.add(agency.name);
        }
        String with = partners.isEmpty() ? "" : ", phối hợp với " + enumerate(partners);
        return "chủ trì" + with + " " + inSentence(shortTitle(task.title())) + " (" + reference(task.sectionNumber())
                + ")";
    }

    /**
     * "phối hợp với Sở Y tế thực hiện nhiệm vụ tại mục II.2.c", one clause per lead; a task nobody leads is named by
     * the first agency that supports it and referred to by the others.
     */
    private static List<String> supportClauses(Agency agency, Map<String, Agency> agencies, Set<Long> named) {
        Map<String, List<PlanDetails.Task>> byLead = new LinkedHashMap<>();
        List<String> clauses = new ArrayList<>();
        for (PlanDetails.Task task : agency.supports) {
            Agency lead = lead(task, agencies);
            if (lead != null) {
                byLead.computeIfAbsent(lead.name, k -> new ArrayList<>()).add(task);
            } else if (named.add(task.sectionId())) {
                clauses.add("phối hợp thực hiện " + inSentence(shortTitle(task.title())) + " ("
                        + reference(task.sectionNumber()) + ")");
            } else {
                clauses.add("phối hợp thực hiện nhiệm vụ tại " + reference(task.sectionNumber()));
            }
        }
        List<String> leads = new ArrayList<>();
        if (byLead.size() > MOST_LEADS_NAMED) {
            // The focal agency supports nearly everything: the appendix says who leads what.
            leads.add("phối hợp với các cơ quan chủ trì thực hiện " + tasksAt(agency.supports.stream()
                    .filter(task -> lead(task, agencies) != null).toList()));
        } else {
            byLead.forEach((lead, tasks) -> leads.add("phối hợp với " + lead + " thực hiện " + tasksAt(tasks)));
        }
        leads.addAll(clauses);
        return leads;
    }

    /** "nhiệm vụ tại mục II.2.a", "các nhiệm vụ tại mục II.1.b, II.3". */
    private static String tasksAt(List<PlanDetails.Task> tasks) {
        List<String> paths = tasks.stream().map(PlanDetails.Task::sectionNumber).toList();
        return (paths.size() == 1 ? "nhiệm vụ" : "các nhiệm vụ") + " tại " + reference(String.join(", ", paths));
    }

    /** Clauses joined by "; ", with a capital and a full stop. */
    private static String sentence(List<String> clauses) {
        String text = String.join("; ", clauses);
        return text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1) + ".";
    }

    /**
     * "A", "A và B", "A, B và C"; only commas when a name has a comma or "và" of its own ("Sở Văn hóa, Thể thao và
     * Du lịch, Hội Liên hiệp Phụ nữ tỉnh"), so that the reader can tell where each name ends.
     */
    private static String enumerate(List<String> names) {
        if (names.size() == 1) return names.get(0);
        if (names.stream().anyMatch(n -> n.contains(",") || n.contains(" và "))) return String.join(", ", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    /** A title inside a sentence: its first word in lower case unless it is a name or an abbreviation. */
    static String inSentence(String title) {
        if (title.isEmpty()) return title;
        int space = title.indexOf(' ');
        String first = space < 0 ? title : title.substring(0, space);
        boolean abbreviation = first.length() > 1 && first.equals(first.toUpperCase(VIETNAMESE));
        if (abbreviation || NAMES.contains(first) && !title.startsWith("Ban hành ")) return title;
        return title.substring(0, 1).toLowerCase(VIETNAMESE) + title.substring(1);
    }

    private static Agency lead(PlanDetails.Task task, Map<String, Agency> agencies) {
        if (task.lead() != null) {
            Agency agency = agency(task.lead(), agencies);
            if (agency != null) return agency;
        }
        if (task.leadNote() == null || task.leadNote().isBlank()) return null;
        // A lead written as text (imported, not matched to the roster) is listed under that text.
        String note = task.leadNote().strip();
        return agencies.computeIfAbsent("note:" + note, k -> new Agency(note, false, Integer.MAX_VALUE));
    }

    private static Agency agency(PlanDetails.AgencyName name, Map<String, Agency> agencies) {
        if (name == null || name.agencyId() == null || name.inText() == null) return null;
        return agencies.computeIfAbsent("id:" + name.agencyId(),
                k -> new Agency(name.inText(), name.requested(), name.order()));
    }

    /** An agency named in the assignments, with what it leads and supports in the plan's order. */
    private static final class Agency {
        final String name;
        boolean requested;
        final int order;
        final List<PlanDetails.Task> leads = new ArrayList<>();
        final List<PlanDetails.Task> supports = new ArrayList<>();

        Agency(String name, boolean requested, int order) {
            this.name = name;
            this.requested = requested;
            this.order = order;
        }
    }
}
