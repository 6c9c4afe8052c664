package de.lotse.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Password rules after OWASP ASVS 5 (V6.2): at least 12 characters, up to 128 allowed, no composition rules,
 * none of the 10,000 most common passwords, no forced rotation. Length is counted in Unicode code points
 * after NFC normalisation, so a password typed on another keyboard layout counts the same.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        this.commonPasswords = loadCommonPasswords();
    }

    public List<PasswordProblem> check(String password, String username) {
        List<PasswordProblem> problems = new ArrayList<>();
        String normalised = Normalizer.normalize(password == null ? "" : password, Normalizer.Form.NFC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            problems.add(PasswordProblem.TOO_COMMON);
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(PasswordProblem.CONTAINS_USERNAME);
        }
        return problems;
    }

    public int commonPasswordCount() {
        return commonPasswords.size();
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords (" + COMMON_PASSWORDS
                        + ") is missing: build Lotse with ./mvnw, which derives it from the npm packages.");
            }
            Set<String> passwords = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> !line.isEmpty()).map(line -> line.toLowerCase(Locale.ROOT)).forEach(passwords::add);
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
