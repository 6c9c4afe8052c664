package de.lotse.residence.precheck.law.aufenthg25b;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.Statute;

import java.util.List;

/** § 25b AufenthG: all stored versions. A new version is a new class here plus one line in this list. */
public final class Aufenthg25b {

    private Aufenthg25b() {
    }

    public static Statute statute() {
        return Statute.of(LegalBasis.AUFENTHG_25B,
                "Für Stichtage vor dem 01.03.2020 ist keine Fassung des § 25b AufenthG hinterlegt.",
                List.of(
                        Aufenthg25bVersion20200301.version(),
                        Aufenthg25bVersion20221231.version(),
                        Aufenthg25bVersion20270701.version()));
    }
}
