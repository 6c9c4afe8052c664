package de.lotse.residence.precheck.law.aufenthg104c;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;
import de.lotse.residence.precheck.law.conditions.NotInForce;

import java.time.LocalDate;
import java.util.List;

/**
 * § 104c AufenthG from 2025-12-31: a transitional rule (ChAR-G Art. 5 Nr. 4). It keeps granted permits valid and lets
 * them be extended only as §§ 25a or 25b permits; there is no new grant, so a pre-check for § 104c is NOT_MET.
 */
final class Aufenthg104cVersion20251231 {

    private Aufenthg104cVersion20251231() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.AUFENTHG_104C, LocalDate.of(2025, 12, 31), null,
                "shared/law/aufenthg-104c.md, Fassung gültig ab 2025-12-31",
                List.of(new NotInForce("104c-uebergangsregelung", "§ 104c Abs. 1 und 2 AufenthG",
                        "Seit dem 31.12.2025 regelt § 104c AufenthG nur noch die Fortgeltung bereits erteilter"
                                + " Aufenthaltserlaubnisse und ihre Verlängerung als Aufenthaltserlaubnis nach § 25a"
                                + " oder § 25b; eine Aufenthaltserlaubnis nach § 104c kann nicht mehr neu erteilt"
                                + " werden.")));
    }
}
