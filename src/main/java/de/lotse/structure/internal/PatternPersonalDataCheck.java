package de.lotse.structure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * A first, pattern-based check: the kinds of personal data that slip into findings most often are contact
 * details, birth dates and file numbers. It errs on the side of warning; the person can always reword.
 */
@Component
class PatternPersonalDataCheck implements PersonalDataCheck {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}0-9])(\\+|0)[0-9][0-9 /()-]{5,}[0-9]");
    private static final Pattern DATE = Pattern.compile("\\b[0-3]?[0-9]\\.[01]?[0-9]\\.(19|20)[0-9]{2}\\b");
    private static final Pattern BIRTH = Pattern.compile("(?iu)\\b(geb\\.|geboren|geburtsdatum)");
    private static final Pattern IBAN = Pattern.compile("(?i)\\bDE[0-9]{2}(?: ?[0-9]{4}){4}(?: ?[0-9]{2})\\b");

    @Override
    public List<String> kindsIn(String text) {
        List<String> kinds = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return kinds;
        }
        if (EMAIL.matcher(text).find()) {
            kinds.add("finding.personalData.email");
        }
        if (PHONE.matcher(text).find()) {
            kinds.add("finding.personalData.phone");
        }
        if (DATE.matcher(text).find() || BIRTH.matcher(text).find()) {
            kinds.add("finding.personalData.birth");
        }
        if (IBAN.matcher(text).find()) {
            kinds.add("finding.personalData.iban");
        }
        return kinds;
    }
}
