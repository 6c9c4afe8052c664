package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.aufenthg104c.Aufenthg104c;
import de.lotse.residence.precheck.law.aufenthg25a.Aufenthg25a;
import de.lotse.residence.precheck.law.aufenthg25b.Aufenthg25b;
import de.lotse.residence.precheck.law.stag10.Stag10;

import java.util.EnumMap;
import java.util.Map;

/** The statutes the engine knows, each with all its stored versions. Immutable and shared. */
public final class LawBook {

    private static final LawBook STANDARD = new LawBook(Map.of(
            LegalBasis.AUFENTHG_25A, Aufenthg25a.statute(),
            LegalBasis.AUFENTHG_25B, Aufenthg25b.statute(),
            LegalBasis.AUFENTHG_104C, Aufenthg104c.statute(),
            LegalBasis.STAG_10, Stag10.statute()));

    private final Map<LegalBasis, Statute> statutes;

    private LawBook(Map<LegalBasis, Statute> statutes) {
        this.statutes = new EnumMap<>(statutes);
        for (LegalBasis basis : LegalBasis.values()) {
            if (!this.statutes.containsKey(basis)) {
                throw new IllegalStateException("no statute for " + basis);
            }
        }
    }

    public static LawBook standard() {
        return STANDARD;
    }

    public Statute statute(LegalBasis basis) {
        return statutes.get(basis);
    }
}
