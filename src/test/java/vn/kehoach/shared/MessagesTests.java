package vn.kehoach.shared;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user reads comes from the messages files, in both languages: templates carry no literal text and
 * every key they or the code name exists in Vietnamese and English.
 */
class MessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt", "label");
    /** Attributes that replace an element's body, so literal text inside would never be shown. */
    private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:remove");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** A Vietnamese letter once decomposed: a base letter with a mark, or đ. */
    private static final Pattern VIETNAMESE = Pattern.compile("\\p{L}\\p{M}|[đĐ]");
    /** Code that reads Vietnamese documents and input, and the demo data; paths below src/main/java. */
    private static final List<String> VIETNAMESE_ALLOWED = List.of("vn/kehoach/document/parse/.*",
            "vn/kehoach/document/importing/.*", ".*DemoData\\.java", ".*/DemoReportContent\\.java",
            ".*/DemoAccounts\\.java", ".*/DemoDrafts\\.java", "vn/kehoach/shared/text/VietnameseText\\.java",
            "vn/kehoach/plan/domain/YearShift\\.java", "vn/kehoach/plan/domain/RegistryNumber\\.java",
            "vn/kehoach/roster/web/AgencyForm\\.java", "vn/kehoach/plan/ImplementationDuties\\.java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:FlashMessage\\.(?:success|info|warning|danger)|new BusinessRuleException|\\.reject(?:Value)?|messageKey ="
                    + "|Actions\\.done|\\.perform|\\.staleTo|problems\\.add(?:General)?|BusinessRuleException\\.onField)"
                    + "\\(\\s*(?:\"[A-Za-z0-9_.]+\"\\s*,\\s*|\\w+\\s*,\\s*)?\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys missing or extra in English")
                .isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        vi.forEach((k, v) -> assertThat(v.toString()).as("empty Vietnamese text for %s", k).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as("empty English text for %s", k).isNotBlank());
    }

    @Test
    void templatesTakeEveryTextFromTheMessagesFiles() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : doc.getAllElements()) {
                if (element.tagName().equals("script") || element.tagName().equals("style")) continue;
                boolean replaced = element.attributes().asList().stream().map(Attribute::getKey)
                        .anyMatch(BODY_REPLACING::contains);
                if (!replaced) {
                    for (TextNode text : element.textNodes()) {
                        if (LETTER.matcher(text.text()).find()) {
                            violations.add(TEMPLATES.relativize(template) + ": text \"" + text.text().trim() + "\"");
                        }
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()) {
                        violations.add(TEMPLATES.relativize(template) + ": attribute " + attribute.getKey()
                                + "=\"" + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertThat(violations).as("literal text in templates").isEmpty();
    }

    /**
     * Wording shown to users or written into documents lives in the messages files, official wording included: a
     * string literal with Vietnamese letters may only stand in code that reads Vietnamese (parsers, year and number
     * recognition) or creates the demo data.
     */
    @Test
    void javaCodeHoldsNoVietnameseText() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String path = JAVA.relativize(source).toString().replace('\\', '/');
                if (VIETNAMESE_ALLOWED.stream().anyMatch(path::matches)) continue;
                for (Literal literal : literals(Files.readString(source))) {
                    if (literal.text().codePointCount(0, literal.text().length()) > 1
                            && VIETNAMESE.matcher(Normalizer.normalize(literal.text(), Normalizer.Form.NFD)).find()) {
                        found.add(path + ":" + literal.line() + " " + literal.text());
                    }
                }
            }
        }
        assertThat(found).as("Vietnamese text in Java code instead of the messages files").isEmpty();
    }

    record Literal(int line, String text) {
    }

    /** The string literals and text blocks of a source file, outside comments. */
    static List<Literal> literals(String source) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') line++;
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) - 1;
                if (i < 0) break;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end + 1;
            } else if (c == '\'') {
                i = source.charAt(i + 1) == '\\' ? source.indexOf('\'', i + 3) : i + 2;
            } else if (c == '"') {
                String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : "\"";
                int end = i + quote.length();
                while (!source.startsWith(quote, end)) end += source.charAt(end) == '\\' ? 2 : 1;
                String text = source.substring(i + quote.length(), end);
                out.add(new Literal(line, text));
                line += (int) text.chars().filter(ch -> ch == '\n').count();
                i = end + quote.length() - 1;
            }
        }
        return out;
    }

    @Test
    void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
        Properties vi = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            collect(TEMPLATE_KEY, Files.readString(template), vi, missing, TEMPLATES.relativize(template).toString());
        }
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(CODE_KEY, Files.readString(source), vi, missing, source.getFileName().toString());
            }
        }
        assertThat(missing).as("message keys used but not defined").isEmpty();
    }

    private static void collect(Pattern pattern, String text, Properties messages, Set<String> missing, String where) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!messages.containsKey(m.group(1))) missing.add(where + ": " + m.group(1));
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
