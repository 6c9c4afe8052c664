package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.LegalBasis;

import java.time.LocalDate;
import java.util.List;

/**
 * One version (Fassung) of a statute as a rule set, with its validity interval.
 *
 * @param basis      the legal basis
 * @param id         identifier stored with every result, e.g. {@code AUFENTHG_25B@2022-12-31}
 * @param validFrom  first day in force; null for the stretch before the first stored version
 * @param validUntil last day in force; null if open-ended
 * @param source     where the wording was taken from (the law file and its section)
 * @param conditions the conditions in the order of the statute
 */
public record StatuteVersion(LegalBasis basis, String id, LocalDate validFrom, LocalDate validUntil, String source,
                             List<Condition> conditions) {

    public StatuteVersion {
        conditions = List.copyOf(conditions);
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException(id + ": ends before it starts");
        }
    }

    /** A version in force from {@code validFrom} to {@code validUntil} (null = open), with the standard id. */
    public static StatuteVersion of(LegalBasis basis, LocalDate validFrom, LocalDate validUntil, String source,
                                    List<Condition> conditions) {
        return new StatuteVersion(basis, basis.name() + "@" + validFrom, validFrom, validUntil, source, conditions);
    }

    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** The first day of the following version, or null if this version is open-ended. */
    public LocalDate nextVersionStarts() {
        return validUntil == null ? null : validUntil.plusDays(1);
    }
}
