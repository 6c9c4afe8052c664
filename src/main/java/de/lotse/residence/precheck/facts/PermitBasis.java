package de.lotse.residence.precheck.facts;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The paragraph of the AufenthG a residence permit was granted under, e.g. "104c", "16b" or "25 Abs. 3".
 *
 * @param section   the paragraph number, e.g. 25
 * @param letter    the letter after the number ("a" of § 25a), or empty
 * @param paragraph the Absatz, or null if not given
 * @param text      the citation, e.g. "§ 25 Abs. 3" (derived; kept because explanations print it often)
 */
public record PermitBasis(int section, String letter, Integer paragraph, String text) {

    public PermitBasis(int section, String letter, Integer paragraph) {
        this(section, letter, paragraph, "§ " + section + letter + (paragraph == null ? "" : " Abs. " + paragraph));
    }

    /** Parsed texts: case managers write the same few legal bases again and again. Bounded, so input cannot grow it. */
    private static final int CACHE_LIMIT = 512;
    private static final ConcurrentHashMap<String, Optional<PermitBasis>> CACHE = new ConcurrentHashMap<>();

    /**
     * Reads "104c", "§ 25 Abs. 3", "25 Absatz 3", "25(3)" or "18g AufenthG"; null if the text is none of these.
     * Hand-written rather than a regular expression because it runs for every period of every pre-check.
     */
    public static PermitBasis parse(String text) {
        if (text == null) {
            return null;
        }
        Optional<PermitBasis> known = CACHE.get(text);
        if (known != null) {
            return known.orElse(null);
        }
        PermitBasis parsed = read(text);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.putIfAbsent(text, Optional.ofNullable(parsed));
        }
        return parsed;
    }

    private static PermitBasis read(String text) {
        Reader reader = new Reader(text);
        reader.skipSpaces();
        if (reader.accept("§")) {
            reader.skipSpaces();
        }
        int section = reader.number(3);
        if (section < 0) {
            return null;
        }
        String letter = "";
        reader.skipSpaces();
        if (reader.hasLetter()) {
            letter = String.valueOf(Character.toLowerCase(reader.next()));
        }
        reader.skipSpaces();
        Integer paragraph = null;
        if (reader.accept("Absatz") || reader.accept("Abs.") || reader.accept("Abs")) {
            reader.skipSpaces();
            int number = reader.number(2);
            if (number < 0) {
                return null;
            }
            paragraph = number;
        } else if (reader.accept("(")) {
            int number = reader.number(2);
            if (number < 0 || !reader.accept(")")) {
                return null;
            }
            paragraph = number;
        }
        reader.skipSpaces();
        if (reader.accept("AufenthG")) {
            reader.skipSpaces();
        }
        return reader.atEnd() ? new PermitBasis(section, letter, paragraph) : null;
    }

    /** Cursor over the text being parsed. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        boolean accept(String word) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return true;
            }
            return false;
        }

        /** Up to {@code maxDigits} digits as a number, -1 if there is none. */
        int number(int maxDigits) {
            int value = 0;
            int digits = 0;
            while (at < text.length() && digits < maxDigits && Character.isDigit(text.charAt(at))) {
                value = value * 10 + (text.charAt(at) - '0');
                at++;
                digits++;
            }
            boolean moreDigits = at < text.length() && Character.isDigit(text.charAt(at));
            return digits == 0 || moreDigits ? -1 : value;
        }

        boolean hasLetter() {
            return at < text.length() && Character.isLetter(text.charAt(at))
                    && !text.startsWith("Abs", at) && !text.startsWith("AufenthG", at)
                    && (at + 1 >= text.length() || !Character.isLetter(text.charAt(at + 1)));
        }

        char next() {
            return text.charAt(at++);
        }

        boolean atEnd() {
            return at == text.length();
        }
    }

    public boolean is104c() {
        return section == 104 && letter.equals("c");
    }

    @Override
    public String toString() {
        return text;
    }
}
