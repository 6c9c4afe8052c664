package de.lotse.residence.internal;

import java.util.Set;

/**
 * Where a shared pre-check stands at the ABH/EBH. German names in the bundles ({@code handoff.status.*}).
 * A decision ends it; an application can only be decided or withdrawn.
 */
enum HandOffStatus {
    SHARED,
    APPLIED,
    GRANTED,
    REFUSED,
    WITHDRAWN;

    /** What the ABH can record next. */
    Set<HandOffStatus> next() {
        return switch (this) {
            case SHARED -> Set.of(APPLIED, WITHDRAWN);
            case APPLIED -> Set.of(GRANTED, REFUSED, WITHDRAWN);
            case GRANTED, REFUSED, WITHDRAWN -> Set.of();
        };
    }
}
