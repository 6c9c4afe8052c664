package de.lotse.residence.precheck.facts;

/** Level of German on the Common European Framework of Reference (GER). */
public enum GermanLevel {
    A1, A2, B1, B2, C1, C2;

    public boolean atLeast(GermanLevel required) {
        return compareTo(required) >= 0;
    }

    /** The level for an API code, or null if unknown. */
    public static GermanLevel fromCode(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "A1" -> A1;
            case "A2" -> A2;
            case "B1" -> B1;
            case "B2" -> B2;
            case "C1" -> C1;
            case "C2" -> C2;
            default -> null;
        };
    }
}
