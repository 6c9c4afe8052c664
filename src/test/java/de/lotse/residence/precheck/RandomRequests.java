package de.lotse.residence.precheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates plausible, valid requests from a seeded {@link Random}: mostly favourable facts with some unknown or
 * unfavourable ones, and status histories with § 60b periods, § 104c permits, gaps and ongoing periods, so that
 * many bases become MET at some point within ten years and the version switches are crossed.
 */
public final class RandomRequests {

    private static final String[] STATUSES = {
        "DULDUNG", "DULDUNG", "DULDUNG", "AUFENTHALTSGESTATTUNG", "AUFENTHALTSGESTATTUNG",
        "DULDUNG_UNGEKLAERTE_IDENTITAET", "AUFENTHALTSERLAUBNIS", "AUFENTHALTSERLAUBNIS", "AUFENTHALTSERLAUBNIS",
        "NIEDERLASSUNGSERLAUBNIS", "ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU", "VISUM", "OHNE_AUFENTHALTSRECHT"};

    private static final String[] PERMIT_BASES = {
        "104c", "104c", "25 Abs. 1", "25a", "18b", "16b", "20a", "24", "25", "18d", null};

    private static final String[] LEVELS = {"A1", "A2", "A2", "B1", "B1", "B2", "C1", "C2", null};

    private final Random random;
    /** Half the requests know every fact and have mostly favourable ones, so many become MET at some point. */
    private boolean favourable;

    public RandomRequests(long seed) {
        this.random = new Random(seed);
    }

    public PreCheckRequest next() {
        favourable = random.nextBoolean();
        LocalDate asOf = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(11 * 365));
        LocalDate birth = asOf.minusDays(365L * 12 + random.nextInt(365 * (favourable ? 16 : 33)));
        return new PreCheckRequest(asOf, List.of("AUFENTHG_25A", "AUFENTHG_25B", "AUFENTHG_104C", "STAG_10"),
                new PreCheckRequest.Person(
                        !favourable && random.nextInt(40) == 0 ? null : birth,
                        !favourable && random.nextInt(40) == 0 ? null : periods(asOf),
                        !favourable && random.nextInt(20) == 0 ? null : school(birth),
                        fact(0.3), level(), fact(0.85), fact(0.7), fact(0.5),
                        new PreCheckRequest.Livelihood(fact(0.8), fact(0.7), fact(0.5)),
                        fact(0.9), fact(0.9), fact(0.85), fact(0.1), fact(0.1),
                        !favourable && random.nextInt(30) == 0 ? null : convictions(asOf),
                        fact(0.4), fact(0.9), fact(0.15), fact(0.4), fact(0.7)));
    }

    /** True with probability {@code p} among the known answers; unknown one time in twenty. */
    private Boolean fact(double p) {
        if (favourable) {
            return random.nextDouble() < (p >= 0.5 ? 0.97 : p <= 0.2 ? 0.02 : p);
        }
        if (random.nextInt(20) == 0) {
            return null;
        }
        return random.nextDouble() < p;
    }

    private String level() {
        String level = LEVELS[random.nextInt(LEVELS.length)];
        return level == null && favourable ? "B1" : level;
    }

    private List<PreCheckRequest.ResidencePeriod> periods(LocalDate asOf) {
        List<PreCheckRequest.ResidencePeriod> periods = new ArrayList<>();
        LocalDate from = asOf.minusDays(random.nextInt(12 * 365));
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String basis = status.equals("AUFENTHALTSERLAUBNIS") || status.equals("VISUM")
                    ? PERMIT_BASES[random.nextInt(PERMIT_BASES.length)] : null;
            boolean last = i == count - 1;
            LocalDate to = last && random.nextInt(10) < 7 ? null : from.plusDays(30 + random.nextInt(2000));
            periods.add(new PreCheckRequest.ResidencePeriod(status, from, to, basis));
            if (to == null) {
                break;
            }
            from = to.plusDays(random.nextInt(7) == 0 ? 2 + random.nextInt(60) : 1);
        }
        return periods;
    }

    private List<PreCheckRequest.SchoolAttendance> school(LocalDate birth) {
        List<PreCheckRequest.SchoolAttendance> attendance = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            return attendance;
        }
        LocalDate from = birth.plusDays(365L * 6 + random.nextInt(365 * 14));
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            LocalDate to = last && random.nextBoolean() ? null : from.plusDays(200 + random.nextInt(1500));
            Boolean successful = !favourable && random.nextInt(10) == 0 ? null : random.nextInt(8) != 0;
            attendance.add(new PreCheckRequest.SchoolAttendance(from, to, successful));
            if (to == null) {
                break;
            }
            from = to.plusDays(random.nextInt(5) == 0 ? 10 : 1);
        }
        return attendance;
    }

    private List<PreCheckRequest.Conviction> convictions(LocalDate asOf) {
        List<PreCheckRequest.Conviction> convictions = new ArrayList<>();
        if (random.nextInt(10) < 7) {
            return convictions;
        }
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            LocalDate date = asOf.plusDays(random.nextInt(3 * 365) - 2 * 365);
            Integer rates = !favourable && random.nextInt(10) == 0 ? null : 10 + random.nextInt(80);
            convictions.add(new PreCheckRequest.Conviction(date, rates, fact(0.5), fact(0.2)));
        }
        return convictions;
    }
}
