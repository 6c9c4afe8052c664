package de.lotse.residence.precheck;

/**
 * Three-valued result of a condition or of a whole legal basis.
 *
 * <p>UNDETERMINED means a fact needed for the answer is unknown (null in the request); the
 * condition names the missing facts so the UI can say "eligible once X is proven".
 */
public enum Outcome {
    MET,
    NOT_MET,
    UNDETERMINED;

    /** Conjunction as the statute needs it: any NOT_MET wins, then any UNDETERMINED, else MET. */
    public Outcome and(Outcome other) {
        if (this == NOT_MET || other == NOT_MET) {
            return NOT_MET;
        }
        if (this == UNDETERMINED || other == UNDETERMINED) {
            return UNDETERMINED;
        }
        return MET;
    }

    /** Disjunction for statutory alternatives: any MET wins, then any UNDETERMINED, else NOT_MET. */
    public Outcome or(Outcome other) {
        if (this == MET || other == MET) {
            return MET;
        }
        if (this == UNDETERMINED || other == UNDETERMINED) {
            return UNDETERMINED;
        }
        return NOT_MET;
    }

    /** Maps a known/unknown boolean fact: true = MET, false = NOT_MET, null = UNDETERMINED. */
    public static Outcome of(Boolean satisfied) {
        if (satisfied == null) {
            return UNDETERMINED;
        }
        return satisfied ? MET : NOT_MET;
    }
}
