package vn.kehoach.document.parse;

import vn.kehoach.plan.SectionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a plan into a {@link ParsedPlan}. The document is cut into its Decree 30 parts — header above
 * "KẾ HOẠCH", the title, the opening sentences that cite the legal basis, the numbered body ending with "./.", and the
 * recipients and signature after it — and each part is read by its own parser. Whatever cannot be read becomes a
 * warning rather than a failure, so the user can complete the draft in the preview; only text that is not a plan
 * at all is refused. Stateless and thread-safe.
 */
public final class PlanTextParser {

    private static final Pattern PLAN_TITLE = Pattern.compile("^KẾ HOẠCH(?:\\s*[:\\-–]?\\s+(.*))?$");
    private static final Pattern LEGAL_START = Pattern
            .compile("^(?:Căn cứ|Thực hiện|Triển khai|Thi hành|Nhằm|Để|Trên cơ sở|Theo)\\s");
    private static final Pattern YEAR = Pattern.compile("năm\\s+(\\d{4})");
    private static final Pattern ENDS_WITH_YEAR = Pattern.compile("năm\\s+\\d{4}\\s*$");
    private static final Pattern TAIL_START = Pattern.compile("^(?:Nơi nhận|(?:TM|KT|Q|TL|TUQ)\\.\\s+\\p{Lu}{2,})");
    private static final Pattern APPENDIX = Pattern.compile("^(?:PHỤ LỤC|Phụ lục)(?:\\s|:|$)");
    /** A title longer than this many lines is the body running on. */
    private static final int MAX_TITLE_LINES = 4;
    private static final int MAX_TITLE_LINE = 90;

    public ParsedPlan parse(String text) {
        if (text == null || text.isBlank()) throw new PlanParseException(PlanParseException.Reason.EMPTY);
        AssignmentTables.Result tables = AssignmentTables.extract(TextNormalizer.canonical(text));
        List<SourceLine> lines = TextNormalizer.normalize(tables.text());
        if (lines.isEmpty()) throw new PlanParseException(PlanParseException.Reason.EMPTY);
        List<String> warnings = new ArrayList<>();

        int titleAt = titleLine(lines);
        List<String> titleLines = new ArrayList<>();
        int contentStart = titleAt >= 0 ? readTitle(lines, titleAt, titleLines) : firstContentLine(lines);
        int tailAt = tailStart(lines, contentStart);
        int appendixAt = appendixStart(lines, tailAt);

        List<Paragraph> paragraphs = LineJoiner.join(lines.subList(contentStart, tailAt));
        int bodyStart = SectionTreeBuilder.bodyStart(paragraphs);
        if (titleAt < 0 && bodyStart < 0) throw new PlanParseException(PlanParseException.Reason.NOT_A_PLAN);
        List<Paragraph> preamble = paragraphs.subList(0, bodyStart < 0 ? paragraphs.size() : bodyStart);
        SectionTreeBuilder.Body body = bodyStart < 0
                ? new SectionTreeBuilder.Body(List.of(), null)
                : SectionTreeBuilder.read(paragraphs.subList(bodyStart, paragraphs.size()));

        HeaderParser.Header header = HeaderParser.parse(lines.subList(0, titleAt >= 0 ? titleAt : contentStart));
        String title = titleLines.isEmpty() ? null : Text.collapse(String.join(" ", titleLines));
        Integer year = year(title, header);

        String fullText = String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
        List<ParsedLegalBasis> legalBasis = LegalBasisExtractor.extract(
                preamble.stream().map(Paragraph::text).toList(), fullText);
        Assignments.Result assignments = Assignments.read(body.sections(), body.closing(), tables.tables(), year);
        List<ParsedSection> sections = assignments.sections();
        List<ParsedRequirement> requirements = DeadlineExtractor.extract(bodyTexts(sections, assignments), year);
        SignatureParser.Tail tail = SignatureParser.parse(lines.subList(tailAt, appendixAt));
        ParsedIssuerUnit issuerUnit = IssuerUnitReader.read(header, title,
                preamble.stream().map(Paragraph::text).toList(),
                legalBasis, tail.recipients());

        warn(warnings, titleAt < 0, "Không tìm thấy tên loại “KẾ HOẠCH”; hãy nhập trích yếu của kế hoạch.");
        warn(warnings, header.issuerLines().isEmpty(), "Không đọc được tên cơ quan ban hành ở phần đầu văn bản.");
        warn(warnings, !header.placeDateFound(),
                "Không tìm thấy địa danh và ngày ban hành (“…, ngày … tháng … năm …”).");
        warn(warnings, header.invalidDate() != null, "Ngày ban hành không hợp lệ: “" + header.invalidDate() + "”.");
        warn(warnings, year == null, "Không xác định được năm của kế hoạch.");
        warn(warnings, legalBasis.isEmpty(), "Không tìm thấy văn bản căn cứ (“Căn cứ …”, “Thực hiện … số …”).");
        warn(warnings, sections.isEmpty(), "Không tìm thấy các mục đánh số (I., II., … hoặc 1., 2., …).");
        warn(warnings, !sections.isEmpty() && SectionTreeBuilder.flatten(sections).stream()
                .noneMatch(s -> s.section().kind() == SectionKind.IMPLEMENTATION),
                "Không tìm thấy mục “Tổ chức thực hiện”; danh sách cơ quan được giao nhiệm vụ để trống.");
        warn(warnings, tail.recipients().isEmpty(), "Không tìm thấy “Nơi nhận”.");
        warn(warnings, tail.signer() == null || tail.signer().name() == null, "Không đọc được họ tên người ký.");
        warn(warnings, appendixAt < lines.size() && tables.tables().isEmpty(),
                "Phần phụ lục sau chữ ký chưa được đọc; hãy nhập lại nếu cần.");

        return new ParsedPlan(header.parentBodyLines(), header.issuerLines(), header.number(), header.symbol(),
                header.place(), header.issuedOn(), year, title, legalBasis, sections, assignments.tasks(),
                assignments.agencies(), requirements, tail.recipients(), tail.signer(), List.copyOf(warnings),
                assignments.closing(), issuerUnit);
    }

    /** The titles and texts of the sections, then the closing: where the reporting regime is written. */
    private static List<String> bodyTexts(List<ParsedSection> sections, Assignments.Result assignments) {
        List<String> texts = new ArrayList<>();
        for (SectionTreeBuilder.Located section : SectionTreeBuilder.flatten(sections)) {
            if (section.section().title() != null) texts.add(section.section().title());
            texts.add(section.section().text());
        }
        if (assignments.closing() != null) texts.add(assignments.closing());
        return texts;
    }

    /**
     * Whether the text has the shape of a plan at all: a "KẾ HOẠCH" line or numbered sections. Lets an upload be
     * refused before it is shown as an empty draft.
     */
    static boolean looksLikePlan(List<SourceLine> lines) {
        if (titleLine(lines) >= 0) return true;
        return SectionTreeBuilder.bodyStart(LineJoiner.join(lines)) >= 0;
    }

    private static void warn(List<String> warnings, boolean condition, String warning) {
        if (condition) warnings.add(warning);
    }

    private static int titleLine(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (PLAN_TITLE.matcher(lines.get(i).text()).matches()) return i;
        }
        return -1;
    }

    /** Without a "KẾ HOẠCH" line the content starts at the first legal-basis sentence or numbered item. */
    private static int firstContentLine(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (ItemLabel.parse(text) != null || LEGAL_START.matcher(text).find()) return i;
        }
        return 0;
    }

    /**
     * Collects the trích yếu after "KẾ HOẠCH" and returns the index of the first line after it. The title goes on
     * over lines that continue it (lower case, or short unpunctuated lines) and stops at a rule, a numbered item, an
     * opening "Căn cứ"/"Thực hiện", or a heading line of its own.
     */
    private static int readTitle(List<SourceLine> lines, int titleAt, List<String> out) {
        Matcher m = PLAN_TITLE.matcher(lines.get(titleAt).text());
        m.matches();
        int i = titleAt + 1;
        if (m.group(1) != null) {
            out.add(m.group(1));
        } else if (i < lines.size() && ItemLabel.parse(lines.get(i).text()) == null
                && !lines.get(i).text().startsWith("Căn cứ") && !Text.RULE.matcher(lines.get(i).text()).matches()) {
            out.add(lines.get(i++).text());
        }
        while (!out.isEmpty() && i < lines.size() && out.size() < MAX_TITLE_LINES) {
            SourceLine line = lines.get(i);
            String text = line.text();
            if (Text.RULE.matcher(text).matches() || ItemLabel.parse(text) != null || LEGAL_START.matcher(text).find()
                    || text.startsWith("(") || lines.get(i - 1).standalone() && !line.standalone()) {
                break;
            }
            boolean continues = Text.startsLowercase(text)
                    || text.length() <= MAX_TITLE_LINE && !Text.endsTerminal(text)
                            && !ENDS_WITH_YEAR.matcher(String.join(" ", out)).find();
            if (!continues) break;
            out.add(text);
            i++;
        }
        while (i < lines.size() && Text.RULE.matcher(lines.get(i).text()).matches()) i++;
        return i;
    }

    /** The body ends with the line that closes with "./.", or where the recipients or signature begin. */
    private static int tailStart(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (TAIL_START.matcher(text).find()) return i;
            if (text.endsWith("./.") || text.contains("./. ")) return i + 1;
        }
        return lines.size();
    }

    private static int appendixStart(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (APPENDIX.matcher(lines.get(i).text()).find()) return i;
        }
        return lines.size();
    }

    /** The title's "năm 2024" is the plan's year; a blank date line may still carry it ("ngày … năm 2025"). */
    private static Integer year(String title, HeaderParser.Header header) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            Integer last = null;
            while (m.find()) last = Integer.valueOf(m.group(1));
            if (last != null) return last;
        }
        if (header.issuedOn() != null) return header.issuedOn().getYear();
        return header.dateYear();
    }
}
