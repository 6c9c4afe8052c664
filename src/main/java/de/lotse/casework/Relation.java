package de.lotse.casework;

/** What a relative is to a client. Labels under {@code relation.*}. */
public enum Relation {
    SPOUSE,
    PARENT,
    CHILD,
    SIBLING,
    OTHER_RELATIVE;

    /** The same link seen from the relative's side. */
    public Relation inverse() {
        return switch (this) {
            case PARENT -> CHILD;
            case CHILD -> PARENT;
            default -> this;
        };
    }
}
