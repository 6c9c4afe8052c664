package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers a composite condition's result per combination of its parts' results, compared by identity. Only used
 * when every part has constant results, so the number of combinations is small and fixed.
 */
final class ResultMemo {

    private final ConcurrentHashMap<Key, ConditionResult> results = new ConcurrentHashMap<>();

    ConditionResult get(Object[] parts, Supplier<ConditionResult> compute) {
        Key key = new Key(parts);
        ConditionResult known = results.get(key);
        if (known != null) {
            return known;
        }
        ConditionResult computed = compute.get();
        results.putIfAbsent(key, computed);
        return computed;
    }

    /** Parts compared by identity: the constant results are never equal unless identical. */
    private record Key(Object[] parts) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key key) || key.parts.length != parts.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] != key.parts[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (Object part : parts) {
                hash = 31 * hash + System.identityHashCode(part);
            }
            return hash;
        }

        @Override
        public String toString() {
            return Arrays.toString(parts);
        }
    }
}
