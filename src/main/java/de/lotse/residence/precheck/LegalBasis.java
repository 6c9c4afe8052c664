package de.lotse.residence.precheck;

/** The legal bases the pre-check knows. The enum name is the code used in the HTTP API. */
public enum LegalBasis {
    AUFENTHG_25A("§ 25a AufenthG"),
    AUFENTHG_25B("§ 25b AufenthG"),
    AUFENTHG_104C("§ 104c AufenthG"),
    STAG_10("§ 10 StAG");

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
        return switch (code) {
            case "AUFENTHG_25A" -> AUFENTHG_25A;
            case "AUFENTHG_25B" -> AUFENTHG_25B;
            case "AUFENTHG_104C" -> AUFENTHG_104C;
            case "STAG_10" -> STAG_10;
            default -> null;
        };
    }
}
