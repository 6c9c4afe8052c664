package de.lotse.structure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.lotse.statistics.ProtectedCount;
import de.lotse.statistics.ProtectedTable;
import de.lotse.statistics.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the topic page shows of a topic's effect: its findings per quarter with the start of each measure, and the
 * finding rate before and after each start. Findings come mostly from cases, so every count is small-number
 * protected; a rate is shown only beside a count that is shown, since the rate would give a withheld count away.
 */
@Component
class TopicEffect {

    /** A quarter's row of the chart's table: its protected count and the measures that started in it. */
    record QuarterRow(String label, ProtectedCount findings, List<String> measuresStarting) {
    }

    /** The effect of one started measure; {@code span} null while less than a month has passed since its start. */
    record MeasureEffect(UUID measureId, String title, MeasureStatus status, LocalDate start, int quarterIndex,
                         double quarterFraction, Integer months, ProtectedCount before, ProtectedCount after,
                         Double rateBefore, Double rateAfter) {

        public boolean measurable() {
            return months != null;
        }

        /** The first day a before/after comparison is possible. */
        public LocalDate measurableFrom() {
            return start.plusMonths(1);
        }
    }

    record View(List<QuarterRow> quarters, ProtectedCount total, List<MeasureEffect> measures, int maxSpanMonths, int threshold) {

        public boolean hasFindings() {
            return !quarters.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final SmallNumbers smallNumbers;

    TopicEffect(JdbcClient jdbc, SmallNumbers smallNumbers) {
        this.jdbc = jdbc;
        this.smallNumbers = smallNumbers;
    }

    /** The effect view of a topic with the measures of its decisions, as of {@code today}. */
    View of(UUID topicId, List<Measure> measures, LocalDate today) {
        List<LocalDate> findings = jdbc.sql("""
                        select cast(raised_at at time zone 'Europe/Berlin' as date) from structure.finding where topic_id = :t
                        """)
                .param("t", topicId).query(LocalDate.class).list();
        // Only measures that began (and did not end up discarded) can have had an effect to look for.
        List<Measure> started = measures.stream()
                .filter(m -> m.status().started() && m.startedOn() != null && !m.startedOn().isAfter(today))
                .sorted(java.util.Comparator.comparing(Measure::startedOn))
                .toList();
        if (findings.isEmpty() && started.isEmpty()) {
            return new View(List.of(), smallNumbers.single(0), List.of(), FindingRates.MAX_SPAN_MONTHS, smallNumbers.threshold());
        }
        List<FindingRates.Quarter> quarters = FindingRates.perQuarter(findings, started.stream().map(Measure::startedOn).toList(), today);
        long[][] counts = new long[1][quarters.size()];
        for (int i = 0; i < quarters.size(); i++) {
            counts[0][i] = quarters.get(i).findings();
        }
        ProtectedTable table = smallNumbers.protect(counts);

        List<MeasureEffect> effects = new ArrayList<>();
        List<List<String>> starting = new ArrayList<>();
        quarters.forEach(q -> starting.add(new ArrayList<>()));
        for (Measure m : started) {
            FindingRates.Position position = FindingRates.position(m.startedOn(), quarters).orElseThrow();
            starting.get(position.index()).add(m.title());
            var span = FindingRates.around(m.startedOn(), findings, today);
            if (span.isEmpty()) {
                effects.add(new MeasureEffect(m.id(), m.title(), m.status(), m.startedOn(), position.index(), position.fraction(),
                        null, null, null, null, null));
                continue;
            }
            ProtectedCount before = smallNumbers.single(span.get().before());
            ProtectedCount after = smallNumbers.single(span.get().after());
            effects.add(new MeasureEffect(m.id(), m.title(), m.status(), m.startedOn(), position.index(), position.fraction(),
                    span.get().months(), before, after,
                    before.shown() == null ? null : span.get().ratePerMonthBefore(),
                    after.shown() == null ? null : span.get().ratePerMonthAfter()));
        }
        List<QuarterRow> rows = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            rows.add(new QuarterRow(quarters.get(i).label(), table.cell(0, i), List.copyOf(starting.get(i))));
        }
        return new View(rows, table.grandTotal(), effects, FindingRates.MAX_SPAN_MONTHS, smallNumbers.threshold());
    }

    /** How many findings fed a topic, protected: most of them come from cases. */
    ProtectedCount findingsOf(UUID topicId) {
        return smallNumbers.single(jdbc.sql("select count(*) from structure.finding where topic_id = :t")
                .param("t", topicId).query(Long.class).single());
    }
}
