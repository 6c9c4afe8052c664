package de.lotse.casework;

/**
 * A client's residence status (Aufenthaltsstatus), with the same names as the pre-check's facts, so that the
 * residence module can take a history over one to one. German names in the bundles ({@code residenceStatus.*}).
 */
public enum ResidenceStatus {
    AUFENTHALTSGESTATTUNG,
    DULDUNG,
    /** Duldung für Personen mit ungeklärter Identität, § 60b AufenthG. */
    DULDUNG_UNGEKLAERTE_IDENTITAET,
    AUFENTHALTSERLAUBNIS,
    NIEDERLASSUNGSERLAUBNIS,
    ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU,
    VISUM,
    OHNE_AUFENTHALTSRECHT;

    /** Only a residence permit is granted under a paragraph the pre-check needs to know ("25a", "104c", ...). */
    public boolean hasLegalBasis() {
        return this == AUFENTHALTSERLAUBNIS;
    }
}
