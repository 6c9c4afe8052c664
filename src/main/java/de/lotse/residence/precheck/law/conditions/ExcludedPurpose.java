package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.facts.PermitBasis;

/**
 * A residence purpose listed in § 10 Abs. 1 Satz 1 Nr. 2 StAG whose permit does not lead to naturalisation, e.g.
 * "§ 16b" or "§ 25 Absatz 3 bis 5".
 *
 * @param section       paragraph number
 * @param letter        paragraph letter or empty
 * @param fromParagraph first Absatz covered, null if the whole paragraph is listed
 * @param toParagraph   last Absatz covered, null if the whole paragraph is listed
 */
public record ExcludedPurpose(int section, String letter, Integer fromParagraph, Integer toParagraph) {

    /** Reads "16b", "104c", "23 Abs. 1" or "25 Abs. 3-5". */
    public static ExcludedPurpose parse(String text) {
        String[] parts = text.split(" Abs\\. ");
        PermitBasis paragraph = PermitBasis.parse(parts[0]);
        if (paragraph == null) {
            throw new IllegalArgumentException(text);
        }
        if (parts.length == 1) {
            return new ExcludedPurpose(paragraph.section(), paragraph.letter(), null, null);
        }
        String[] range = parts[1].split("-");
        return new ExcludedPurpose(paragraph.section(), paragraph.letter(), Integer.valueOf(range[0]),
                Integer.valueOf(range[range.length - 1]));
    }

    /**
     * Whether a permit under {@code basis} falls under this purpose: null if the permit names the paragraph but not
     * the Absatz and only some Absätze are listed (e.g. "§ 25" against "§ 25 Absatz 3 bis 5").
     */
    public Boolean covers(PermitBasis basis) {
        if (basis.section() != section || !basis.letter().equals(letter)) {
            return Boolean.FALSE;
        }
        if (fromParagraph == null) {
            return Boolean.TRUE;
        }
        if (basis.paragraph() == null) {
            return null;
        }
        return basis.paragraph() >= fromParagraph && basis.paragraph() <= toParagraph;
    }

    @Override
    public String toString() {
        String paragraph = "§ " + section + letter;
        if (fromParagraph == null) {
            return paragraph;
        }
        return fromParagraph.equals(toParagraph) ? paragraph + " Abs. " + fromParagraph
                : paragraph + " Abs. " + fromParagraph + " bis " + toParagraph;
    }
}
