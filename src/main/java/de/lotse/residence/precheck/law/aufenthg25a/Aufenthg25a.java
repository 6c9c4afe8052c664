package de.lotse.residence.precheck.law.aufenthg25a;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.Statute;

import java.util.List;

/** § 25a AufenthG: all stored versions. A new version is a new class here plus one line in this list. */
public final class Aufenthg25a {

    private Aufenthg25a() {
    }

    public static Statute statute() {
        return Statute.of(LegalBasis.AUFENTHG_25A,
                "Für Stichtage vor dem 01.03.2020 ist keine Fassung des § 25a AufenthG hinterlegt.",
                List.of(
                        Aufenthg25aVersion20200301.version(),
                        Aufenthg25aVersion20221231.version(),
                        Aufenthg25aVersion20270701.version()));
    }
}
