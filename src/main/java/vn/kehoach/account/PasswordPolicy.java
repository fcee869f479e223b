package vn.kehoach.account;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.kehoach.shared.text.VietnameseText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password a user chooses must not be, beyond its length and mix (checked on the form): a common password
 * (the list shipped in {@code account/common-passwords.txt}, also with digits and signs added around it, also typed
 * with Vietnamese accents), or something containing the username.
 */
@Component
public class PasswordPolicy {

    /** Shortest password a user may choose; temporary passwords are generated at this length too. */
    public static final int MIN_LENGTH = 10;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** BCrypt reads 72 bytes and refuses to hash more; a Vietnamese letter takes two or three of them. */
    public static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > 72;
    }

    public boolean isCommon(String password) {
        String folded = VietnameseText.fold(password).toLowerCase(Locale.ROOT);
        return common.contains(folded) || common.contains(core(folded));
    }

    public boolean containsUsername(String password, String username) {
        return username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT));
    }

    /** The password without the digits and signs around its letters: "@matkhau2025!" is "matkhau". */
    private static String core(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) start++;
        while (end > start && !Character.isLetter(password.charAt(end - 1))) end--;
        return password.substring(start, end);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) words.add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
