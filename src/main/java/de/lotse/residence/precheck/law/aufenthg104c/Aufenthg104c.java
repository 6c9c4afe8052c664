package de.lotse.residence.precheck.law.aufenthg104c;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.Statute;

import java.util.List;

/** § 104c AufenthG: all stored versions. A new version is a new class here plus one line in this list. */
public final class Aufenthg104c {

    private Aufenthg104c() {
    }

    public static Statute statute() {
        return Statute.of(LegalBasis.AUFENTHG_104C,
                "§ 104c AufenthG (Chancen-Aufenthaltsrecht) ist erst am 31.12.2022 in Kraft getreten.",
                List.of(
                        Aufenthg104cVersion20221231.version(),
                        Aufenthg104cVersion20251231.version()));
    }
}
