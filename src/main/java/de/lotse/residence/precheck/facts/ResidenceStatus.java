package de.lotse.residence.precheck.facts;

/** Residence status of a dated period (Aufenthaltsstatus). Names are the codes of the HTTP API. */
public enum ResidenceStatus {
    AUFENTHALTSGESTATTUNG("Aufenthaltsgestattung"),
    DULDUNG("Duldung"),
    /** Duldung für Personen mit ungeklärter Identität, § 60b AufenthG. */
    DULDUNG_UNGEKLAERTE_IDENTITAET("Duldung für Personen mit ungeklärter Identität (§ 60b AufenthG)"),
    AUFENTHALTSERLAUBNIS("Aufenthaltserlaubnis"),
    NIEDERLASSUNGSERLAUBNIS("Niederlassungserlaubnis"),
    /** Written with a hyphen: an en dash would switch every explanation buffer to two bytes per character. */
    ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU("Erlaubnis zum Daueraufenthalt-EU"),
    VISUM("Visum"),
    OHNE_AUFENTHALTSRECHT("ohne Aufenthaltsrecht");

    private final String germanName;

    ResidenceStatus(String germanName) {
        this.germanName = germanName;
    }

    public String germanName() {
        return germanName;
    }

    /** A § 60b Duldung is a Duldung in the sense of § 60a (§ 60b Abs. 1 Satz 1 AufenthG). */
    public boolean isDuldung() {
        return this == DULDUNG || this == DULDUNG_UNGEKLAERTE_IDENTITAET;
    }

    /** The status for an API code, or null if unknown. */
    public static ResidenceStatus fromCode(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "AUFENTHALTSGESTATTUNG" -> AUFENTHALTSGESTATTUNG;
            case "DULDUNG" -> DULDUNG;
            case "DULDUNG_UNGEKLAERTE_IDENTITAET" -> DULDUNG_UNGEKLAERTE_IDENTITAET;
            case "AUFENTHALTSERLAUBNIS" -> AUFENTHALTSERLAUBNIS;
            case "NIEDERLASSUNGSERLAUBNIS" -> NIEDERLASSUNGSERLAUBNIS;
            case "ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU" -> ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU;
            case "VISUM" -> VISUM;
            case "OHNE_AUFENTHALTSRECHT" -> OHNE_AUFENTHALTSRECHT;
            default -> null;
        };
    }
}
