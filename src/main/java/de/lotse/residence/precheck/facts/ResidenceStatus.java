package de.lotse.residence.precheck.facts;

/** Residence status of a dated period (Aufenthaltsstatus). Names are the codes of the HTTP API. */
public enum ResidenceStatus {
    AUFENTHALTSGESTATTUNG("Aufenthaltsgestattung"),
    DULDUNG("Duldung"),
    /** Duldung für Personen mit ungeklärter Identität, § 60b AufenthG. */
    DULDUNG_UNGEKLAERTE_IDENTITAET("Duldung für Personen mit ungeklärter Identität (§ 60b AufenthG)"),
    AUFENTHALTSERLAUBNIS("Aufenthaltserlaubnis"),
    NIEDERLASSUNGSERLAUBNIS("Niederlassungserlaubnis"),
    ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU("Erlaubnis zum Daueraufenthalt – EU"),
    VISUM("Visum"),
    OHNE_AUFENTHALTSRECHT("ohne Aufenthaltsrecht");

    /** {@link #values()} copies its array on every call; lookups use this one. */
    private static final ResidenceStatus[] VALUES = values();

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
        for (ResidenceStatus status : VALUES) {
            if (status.name().equals(code)) {
                return status;
            }
        }
        return null;
    }
}
