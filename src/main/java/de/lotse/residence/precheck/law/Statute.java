package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.conditions.NotInForce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * All stored versions of one statute, gapless from the first stored version on. Before it, a stand-in version with a
 * single NOT_MET condition says that no version is stored (or the statute did not yet exist).
 */
public final class Statute {

    private final LegalBasis basis;
    private final List<StatuteVersion> versions;
    /** First day of each version as epoch day (the stand-in's is the smallest possible), for the lookup. */
    private final long[] starts;

    private Statute(LegalBasis basis, List<StatuteVersion> versions) {
        this.basis = basis;
        this.versions = List.copyOf(versions);
        this.starts = new long[versions.size()];
        for (int i = 0; i < starts.length; i++) {
            LocalDate from = versions.get(i).validFrom();
            starts[i] = from == null ? Long.MIN_VALUE : from.toEpochDay();
        }
    }

    /**
     * @param beforeFirstVersion German explanation for dates before the first stored version
     * @param versions           the stored versions in chronological order; each must start on the day after the
     *                           previous one ends
     */
    public static Statute of(LegalBasis basis, String beforeFirstVersion, List<StatuteVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(basis + ": no version");
        }
        List<StatuteVersion> all = new ArrayList<>(versions.size() + 1);
        StatuteVersion first = versions.getFirst();
        LocalDate lastDayBefore = first.validFrom().minusDays(1);
        all.add(new StatuteVersion(basis, basis.name() + "@before-" + first.validFrom(), null, lastDayBefore,
                "no stored version", List.of(new NotInForce(basis, beforeFirstVersion))));
        for (int i = 0; i < versions.size(); i++) {
            StatuteVersion version = versions.get(i);
            if (version.basis() != basis) {
                throw new IllegalArgumentException(version.id() + " is not a version of " + basis);
            }
            boolean last = i == versions.size() - 1;
            if (!last && !versions.get(i + 1).validFrom().equals(version.nextVersionStarts())) {
                throw new IllegalArgumentException(version.id() + " is not followed without gap or overlap");
            }
            if (last && version.validUntil() != null) {
                throw new IllegalArgumentException(version.id() + ": the last version must be open-ended");
            }
            all.add(version);
        }
        return new Statute(basis, all);
    }

    public LegalBasis basis() {
        return basis;
    }

    /** All versions including the stand-in before the first stored one. */
    public List<StatuteVersion> versions() {
        return versions;
    }

    /**
     * The first day of the first version after the one in force on {@code day} that does not contain
     * {@code condition} (the same object), or null if every later version contains it.
     */
    public LocalDate firstVersionWithoutAfter(Condition condition, LocalDate day) {
        for (int i = indexOn(day) + 1; i < versions.size(); i++) {
            if (!versions.get(i).conditions().contains(condition)) {
                return versions.get(i).validFrom();
            }
        }
        return null;
    }

    /** The version in force on {@code day}. */
    public StatuteVersion versionOn(LocalDate day) {
        return versions.get(indexOn(day));
    }

    private int indexOn(LocalDate day) {
        long epochDay = day.toEpochDay();
        int i = starts.length - 1;
        while (i > 0 && epochDay < starts[i]) {
            i--;
        }
        return i;
    }
}
