package de.lotse.residence.precheck.law.stag10;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.Statute;

import java.util.List;

/** § 10 StAG: all stored versions. A new version is a new class here plus one line in this list. */
public final class Stag10 {

    private Stag10() {
    }

    public static Statute statute() {
        return Statute.of(LegalBasis.STAG_10,
                "Für Stichtage vor dem 20.08.2021 ist keine Fassung des § 10 StAG hinterlegt.",
                List.of(
                        Stag10Version20210820.version(),
                        Stag10Version20221231.version(),
                        Stag10Version20240601.version(),
                        Stag10Version20240627.version(),
                        Stag10Version20251030.version()));
    }
}
