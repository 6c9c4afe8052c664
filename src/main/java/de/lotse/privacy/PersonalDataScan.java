package de.lotse.privacy;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.springframework.stereotype.Component;

/**
 * Looks for personal data in free text that is meant to be free of it: the description of a finding, which
 * travels to coordination and the steering group. It errs on the side of warning — a false alarm costs the writer
 * a rephrasing, a miss puts a person into the structural work. What it finds is named by kind only, so that the
 * warning itself (and any log) never repeats the data.
 */
@Component
public class PersonalDataScan {

    /** What kind of personal data the text seems to contain. Labels in the bundles under {@code personalData.*}. */
    public enum Kind {
        NAME,
        DATE,
        PHONE,
        EMAIL,
        FILE_NUMBER
    }

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");

    /** 02.04.1990, 2.4.90, 1990-04-02, 02/04/1990. */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{2}|\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /** 2. April 1990, 2 Apr. 1990. */
    private static final Pattern WORDED_DATE = Pattern.compile(
            "\\b\\d{1,2}\\.?\\s*(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
                    + "|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\\.?\\s+\\d{2,4}\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Herr Haddad", "Frau Dr. Kovalenko", "Familie Ahmadi": a form of address is followed by a name. */
    private static final Pattern ADDRESSED_PERSON = Pattern.compile(
            "\\b(Herr|Herrn|Frau|Hr\\.|Fr\\.|Familie|Fam\\.)\\s+(Dr\\.\\s+)?\\p{Lu}\\p{L}+");

    /**
     * File numbers as offices write them: "Az. 123/45", "Aktenzeichen 4711-B", a BG number "12345BG0012345",
     * an AZR number, or any token mixing letters and at least four digits such as "ABH-2024-0815".
     */
    private static final Pattern FILE_NUMBER = Pattern.compile(
            "\\b(Az\\.?|Aktenzeichen|Gesch\\.?-?Z\\.?|Kundennummer|Kd\\.?-?Nr\\.?|BG-?Nummer|AZR-?Nummer|Vorgangsnummer)\\s*:?\\s*\\S*\\d"
                    + "|\\b\\d{3,}\\s?BG\\s?\\d{3,}\\b"
                    + "|\\b(?=[\\p{L}\\d/-]*\\p{L})(?=(?:[^\\d\\s]*\\d){4})[\\p{L}\\d]+(?:[/-][\\p{L}\\d]+)+\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

    /** The kinds of personal data found in {@code text}; {@code knownNames} are the names of the people concerned. */
    public Set<Kind> scan(String text, Collection<String> knownNames) {
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        if (EMAIL.matcher(text).find()) {
            found.add(Kind.EMAIL);
        }
        String withoutEmails = EMAIL.matcher(text).replaceAll(" ");
        if (containsDate(withoutEmails)) {
            found.add(Kind.DATE);
        }
        if (phoneNumbers.findNumbers(withoutEmails, "DE").iterator().hasNext()) {
            found.add(Kind.PHONE);
        }
        if (FILE_NUMBER.matcher(withoutEmails).find()) {
            found.add(Kind.FILE_NUMBER);
        }
        if (ADDRESSED_PERSON.matcher(withoutEmails).find() || containsName(withoutEmails, knownNames)) {
            found.add(Kind.NAME);
        }
        return found;
    }

    /** A date of a day (not a year or a month alone, which findings need: "seit März 2024"). */
    private static boolean containsDate(String text) {
        Matcher numeric = NUMERIC_DATE.matcher(text);
        while (numeric.find()) {
            if (isCalendarDate(numeric)) {
                return true;
            }
        }
        return WORDED_DATE.matcher(text).find();
    }

    private static boolean isCalendarDate(Matcher m) {
        try {
            if (m.group(4) != null) {
                LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            } else {
                int year = Integer.parseInt(m.group(3));
                LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Each part of a known name (at least three letters) as a whole word, ignoring case and accents. */
    private static boolean containsName(String text, Collection<String> knownNames) {
        String haystack = " " + fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String name : knownNames) {
            if (name == null) {
                continue;
            }
            for (String part : fold(name).split("[^\\p{L}\\p{N}]+")) {
                if (part.codePointCount(0, part.length()) >= 3 && haystack.contains(" " + part + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
