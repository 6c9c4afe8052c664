package de.lotse.residence.precheck;

/** The legal bases the pre-check knows. The enum name is the code used in the HTTP API. */
public enum LegalBasis {
    AUFENTHG_25A("§ 25a AufenthG"),
    AUFENTHG_25B("§ 25b AufenthG"),
    AUFENTHG_104C("§ 104c AufenthG"),
    STAG_10("§ 10 StAG");

    /** {@link #values()} copies its array on every call; lookups use this one. */
    private static final LegalBasis[] VALUES = values();

    private final String citation;

    LegalBasis(String citation) {
        this.citation = citation;
    }

    /** The statute as lawyers write it, e.g. "§ 25b AufenthG". */
    public String citation() {
        return citation;
    }

    /** The basis for an API code, or null if the code is unknown. */
    public static LegalBasis fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (LegalBasis basis : VALUES) {
            if (basis.name().equals(code)) {
                return basis;
            }
        }
        return null;
    }
}
