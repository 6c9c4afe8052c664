package de.lotse.residence.internal;

import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes the whole screening every night, so earliest dates and "met now" follow the calendar even when no
 * facts change. The time is {@code lotse.residence.screening.cron} (default 02:30 every day; "-" switches it off).
 * With several application nodes each node runs it; the result is the same, so that only costs time.
 */
@Component
class ScreeningSchedule {

    private final ScreeningComputation computation;

    ScreeningSchedule(ScreeningComputation computation) {
        this.computation = computation;
    }

    @Scheduled(cron = "${lotse.residence.screening.cron:0 30 2 * * *}")
    void nightly() {
        computation.recomputeAll(LocalDate.now());
    }
}
