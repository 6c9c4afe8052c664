package de.lotse.residence.precheck.time;

/** The statute's rule for which spans count, as a function of the span. */
@FunctionalInterface
public interface SpanCounting<T extends Span> {

    SpanKind kindOf(T span);
}
