package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Dated periods with inclusive ends, an open end meaning "still running": whether two overlap and where a
 * history has days that no period covers.
 */
final class Timeline {

    /** Days no period covers, between the first start and the last end; both ends inclusive. */
    record Gap(LocalDate from, LocalDate to) {
    }

    interface Span {
        LocalDate from();

        /** Null while the period runs. */
        LocalDate to();
    }

    private Timeline() {
    }

    static boolean overlap(Span a, Span b) {
        return !end(a).isBefore(b.from()) && !end(b).isBefore(a.from());
    }

    static boolean overlap(LocalDate from, LocalDate to, Span b) {
        return overlap(new Plain(from, to), b);
    }

    /** A gap is one day or more between the end of one period and the start of the next, after merging overlaps. */
    static List<Gap> gaps(List<? extends Span> spans) {
        List<? extends Span> sorted = spans.stream().sorted(Comparator.comparing(Span::from)).toList();
        List<Gap> gaps = new ArrayList<>();
        LocalDate coveredUntil = null;
        for (Span span : sorted) {
            if (coveredUntil != null && span.from().isAfter(coveredUntil.plusDays(1))) {
                gaps.add(new Gap(coveredUntil.plusDays(1), span.from().minusDays(1)));
            }
            if (coveredUntil == null || end(span).isAfter(coveredUntil)) {
                coveredUntil = end(span);
            }
        }
        return gaps;
    }

    private static LocalDate end(Span span) {
        return span.to() == null ? LocalDate.MAX : span.to();
    }

    private record Plain(LocalDate from, LocalDate to) implements Span {
    }
}
