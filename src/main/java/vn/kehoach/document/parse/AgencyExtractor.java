package vn.kehoach.document.parse;

import vn.kehoach.plan.SectionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agencies of the implementation part: one per item directly below "TỔ CHỨC THỰC HIỆN" ("1. Phòng Văn hóa - Xã
 * hội", "5. Đề nghị Ủy ban MTTQ Việt Nam phường …"). Items of another kind inside it ("5. Chế độ báo cáo") are skipped.
 */
final class AgencyExtractor {

    private static final Pattern REQUEST = Pattern.compile("^Đề nghị\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FIRST_CLAUSE = Pattern.compile("^([^.;:,]+)");

    private AgencyExtractor() {
    }

    static List<ParsedAgency> extract(List<SectionTreeBuilder.Located> sections) {
        List<ParsedAgency> agencies = new ArrayList<>();
        for (SectionTreeBuilder.Located located : sections) {
            ParsedSection section = located.section();
            if (section.kind() != SectionKind.IMPLEMENTATION || located.path().contains(".")) continue;
            List<SectionTreeBuilder.Located> items = sections.stream()
                    .filter(s -> isChildOf(s.path(), located.path()))
                    .toList();
            for (SectionTreeBuilder.Located item : items) {
                ParsedSection duty = item.section();
                if (duty.kind() != SectionKind.IMPLEMENTATION) continue;
                if (isBullet(duty) && duty.title() == null) continue;
                String name = name(duty);
                if (name == null) continue;
                Matcher request = REQUEST.matcher(name);
                boolean requested = request.find();
                agencies.add(new ParsedAgency(requested ? name.substring(request.end()) : name, item.path(), requested));
            }
        }
        return List.copyOf(agencies);
    }

    private static boolean isChildOf(String path, String parent) {
        return path.startsWith(parent + ".") && !path.substring(parent.length() + 1).contains(".");
    }

    private static boolean isBullet(ParsedSection section) {
        return "-".equals(section.number()) || "+".equals(section.number());
    }

    /** The heading, else the opening clause of the duty text ("Phòng Y tế chủ trì …" has no heading). */
    private static String name(ParsedSection duty) {
        if (duty.title() != null) return duty.title();
        String lead = TaskExtractor.lead(duty.text());
        if (lead != null) return lead;
        Matcher m = FIRST_CLAUSE.matcher(duty.text());
        return m.find() ? m.group(1).strip() : null;
    }
}
