package vn.kehoach.support;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds words of the program on a rendered page, where only the user's language belongs: the names of the
 * application's enum constants, message keys Thymeleaf could not resolve, English sentences of the messages, date
 * format patterns, Java class and exception names, the English of Spring and Hibernate Validator, and the error
 * pages of the container or of Spring Boot.
 *
 * <p>It reads what a person sees or hears: the text of the page (its title, headings, options and buttons) and the
 * attributes shown or read aloud (placeholder, title, aria-label, alt, a button's value). Values of hidden inputs,
 * links and scripts are not read: an enum name in a form value or a query string is how the program talks to itself.
 */
public final class InternalWords {

    /** Constants that are also the ordinary, visible names of file formats. */
    private static final Set<String> ORDINARY_WORDS = Set.of("PDF", "DOCX", "XLSX", "PNG", "JPEG", "RTF", "CSV");
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt");
    private static final Pattern UNRESOLVED_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern FORMAT_PATTERN = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(d{1,2}[/.-]m{1,2}[/.-]y{2,4}|y{4}-m{2}-d{2}|m{1,2}/y{2,4})(?![\\p{L}\\d])|\\bHH:mm\\b");
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|vn)\\.[a-z]+\\.[A-Za-z0-9_.$]+|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b"
                    + "|\\bat [a-z]+\\.[a-z.]+\\(");
    private static final Pattern CONTAINER_PAGE = Pattern.compile(
            "Whitelabel Error Page|HTTP Status \\d{3}|Apache Tomcat|There was an unexpected error|Type=|status=\\d{3}"
                    + "|Bad Request|Not Found|Forbidden|Internal Server Error|Method Not Allowed|Payload Too Large");
    /** What Spring and Hibernate Validator answer when no message of ours covers a rejected value. */
    private static final Pattern FRAMEWORK_ENGLISH = Pattern.compile("must not be (?:blank|null|empty)"
            + "|size must be between|must be (?:greater|less) than|must match \"|Failed to convert|Validation failed");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final int PHRASE_WORDS = 3;

    /** Words that look like constants: capitals, digits and underscores, two characters or more. */
    private static final Pattern CONSTANT_LIKE = Pattern
            .compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9_]+(?![\\p{L}\\p{N}_])");

    private final Set<String> enumNames;
    /** English phrases keyed by their first three words, lowercased, for a quick look-up in a page's word stream. */
    private final Map<String, List<List<String>>> englishByStart;

    public InternalWords(Collection<String> enumConstants, Collection<String> englishPhrases) {
        this.enumNames = enumConstants.stream().filter(n -> !ORDINARY_WORDS.contains(n))
                .collect(Collectors.toUnmodifiableSet());
        this.englishByStart = new HashMap<>();
        for (String phrase : englishPhrases) {
            List<String> words = words(phrase);
            if (words.size() < PHRASE_WORDS) continue;
            englishByStart.computeIfAbsent(String.join(" ", words.subList(0, PHRASE_WORDS)), k -> new ArrayList<>())
                    .add(words);
        }
    }

    /** The detector for this application: its enums, its English messages and the frameworks' English. */
    public static InternalWords ofApplication() {
        return new InternalWords(applicationEnumConstants(), englishOnlyPhrases());
    }

    /** What leaked into the page, each as "kind: text"; empty when the page is clean. */
    public List<String> findIn(Document page) {
        return findInText(shownText(page));
    }

    public List<String> findInText(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher constant = CONSTANT_LIKE.matcher(text);
        while (constant.find()) {
            if (enumNames.contains(constant.group())) found.add("enum constant: " + constant.group());
        }
        collect(UNRESOLVED_KEY, text, "unresolved message key", found);
        collect(FORMAT_PATTERN, text, "format pattern", found);
        collect(CLASS_NAME, text, "class name", found);
        collect(CONTAINER_PAGE, text, "container error page", found);
        collect(FRAMEWORK_ENGLISH, text, "framework message", found);
        List<String> words = words(text);
        for (int i = 0; i + PHRASE_WORDS <= words.size(); i++) {
            List<List<String>> candidates = englishByStart.get(String.join(" ", words.subList(i, i + PHRASE_WORDS)));
            if (candidates == null) continue;
            for (List<String> phrase : candidates) {
                if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                    found.add("English text: " + String.join(" ", phrase));
                }
            }
        }
        return List.copyOf(found);
    }

    /** The text a person sees or hears on the page. */
    public static String shownText(Document page) {
        StringBuilder text = new StringBuilder(page.title()).append('\n');
        Element body = page.body();
        if (body == null) return text.toString();
        Element copy = body.clone();
        copy.select("script, style, template, noscript").remove();
        text.append(copy.wholeText()).append('\n');
        for (Element element : copy.getAllElements()) {
            for (String attribute : SHOWN_ATTRIBUTES) {
                if (element.hasAttr(attribute)) text.append(element.attr(attribute)).append('\n');
            }
            if (element.tagName().equals("input") && Set.of("submit", "button", "reset")
                    .contains(element.attr("type"))) {
                text.append(element.attr("value")).append('\n');
            }
        }
        return text.toString();
    }

    private static void collect(Pattern pattern, String text, String kind, Set<String> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) found.add(kind + ": " + m.group());
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")).filter(w -> !w.isEmpty())
                .toList();
    }

    /**
     * Every constant of every enum of the application (vn.kehoach, main classes only), found by reading the class files
     * so that a new enum is covered without anyone listing it.
     */
    public static Set<String> applicationEnumConstants() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
        Set<String> constants = new TreeSet<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:vn/kehoach/**/*.class")) {
                if (resource.getURL().toString().contains("/test-classes/")) continue;
                MetadataReader reader = readers.getMetadataReader(resource);
                if (!"java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName())) continue;
                Class<?> type = Class.forName(reader.getClassMetadata().getClassName(), false,
                        InternalWords.class.getClassLoader());
                for (Object constant : type.getEnumConstants()) constants.add(((Enum<?>) constant).name());
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return constants;
    }

    /**
     * The literal parts of the English messages that differ from their Vietnamese text, split at the placeholders:
     * on a Vietnamese page any of them is English that slipped through.
     */
    public static Set<String> englishOnlyPhrases() {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> phrases = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            if (english.equals(vi.getProperty(key))) continue;
            for (String part : PLACEHOLDER.split(english.replace("''", "'"))) {
                if (words(part).size() >= PHRASE_WORDS) phrases.add(part.strip());
            }
        }
        return phrases;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = InternalWords.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("no " + name + " on the classpath");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
