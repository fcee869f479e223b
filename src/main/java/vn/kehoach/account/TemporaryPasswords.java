package vn.kehoach.account;

import java.security.SecureRandom;

/** Temporary passwords handed to a user by an administrator; readable aloud (no 0/O, 1/l/I) and always valid. */
final class TemporaryPasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            String alphabet = i % 3 == 2 ? DIGITS : LETTERS;
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
