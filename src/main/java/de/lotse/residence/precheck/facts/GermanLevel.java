package de.lotse.residence.precheck.facts;

/** Level of German on the Common European Framework of Reference (GER). */
public enum GermanLevel {
    A1, A2, B1, B2, C1, C2;

    /** {@link #values()} copies its array on every call; lookups use this one. */
    private static final GermanLevel[] VALUES = values();

    public boolean atLeast(GermanLevel required) {
        return compareTo(required) >= 0;
    }

    /** The level for an API code, or null if unknown. */
    public static GermanLevel fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (GermanLevel level : VALUES) {
            if (level.name().equals(code)) {
                return level;
            }
        }
        return null;
    }
}
