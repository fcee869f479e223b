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
            "th:remove", "layout:fragment", "layout:insert", "layout:replace");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
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
