package de.lotse.casework.internal;

/** How much support a life area needs, as the assessment rates it. German names in the bundles ({@code need.*}). */
public enum Need {
    NONE,
    LOW,
    MEDIUM,
    HIGH
}
