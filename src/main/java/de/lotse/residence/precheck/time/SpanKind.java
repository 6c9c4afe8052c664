package de.lotse.residence.precheck.time;

/** How a span counts for a required period of continuous residence or school attendance. */
public enum SpanKind {
    /** Part of the uninterrupted run and credited towards the required time. */
    CREDITED,
    /**
     * Part of the uninterrupted run but not credited, e.g. a Duldung for persons with unclear identity: § 60b Abs. 5
     * Satz 1 AufenthG says such times "werden nicht als Vorduldungszeiten angerechnet"; it does not say they interrupt.
     */
    NEUTRAL,
    /** Not part of any run: the run ends before it. */
    BREAKS
}
