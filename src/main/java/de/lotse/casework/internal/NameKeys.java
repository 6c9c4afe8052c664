package de.lotse.casework.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;

/**
 * The keys by which names are found again however they were spelled: a folded Latin form (any script
 * transliterated, diacritics and ß resolved, lower case, letters only) for trigram similarity, and
 * Daitch-Mokotoff Soundex codes of every part of the name for spellings that sound alike.
 */
final class NameKeys {

    // ICU transliterators are not thread-safe to share while transliterating; each thread gets its own.
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final DaitchMokotoffSoundex SOUNDEX = new DaitchMokotoffSoundex();

    /**
     * Articles and kinship particles that many unrelated names share ("Al-Hassan", "Al-Tamimi"); on their own
     * they say nothing about whether two names are the same. They still count inside the whole folded name.
     */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of(
            "al", "el", "ul", "as", "ad", "ar", "an", "abu", "abd", "bin", "ibn", "bint", "ben", "ould",
            "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "zu", "la", "le", "los", "dos", "mc", "mac", "o");

    private NameKeys() {
    }

    /** "Al-Hassan" -> "alhassan", "Strauß" -> "strauss", "Олександр" -> "oleksandr". */
    static String folded(String name) {
        if (name == null) {
            return "";
        }
        return TO_LATIN.get().transliterate(name).replaceAll("[^a-z]", "");
    }

    /** Soundex codes of the whole name and of each of its parts ("Al-Hassan" -> al, hassan, alhassan). */
    static List<String> codes(String... names) {
        Set<String> codes = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String latin = TO_LATIN.get().transliterate(name);
            for (String part : latin.split("[^a-z]+")) {
                if (!PARTICLES.contains(part)) {
                    add(codes, part);
                }
            }
            add(codes, latin.replaceAll("[^a-z]", ""));
        }
        return List.copyOf(codes);
    }

    private static void add(Set<String> codes, String part) {
        if (part.length() >= 2) {
            codes.addAll(Arrays.asList(SOUNDEX.soundex(part).split("\\|")));
        }
    }
}
