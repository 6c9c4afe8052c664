package de.lotse.residence.precheck.bench;

import de.lotse.residence.precheck.PreCheckEngine;
import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.PreCheckResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Full pre-checks (validation, all four legal bases, explanations and earliest dates) for typical facts, one thread.
 * Run with {@code ./mvnw -Pbench test-compile exec:exec@jmh}; see docs/precheck.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PreCheckBenchmark {

    private static final List<String> ALL_BASES = List.of("AUFENTHG_25A", "AUFENTHG_25B", "AUFENTHG_104C",
            "STAG_10");

    private final PreCheckEngine engine = new PreCheckEngine();
    private PreCheckRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        requests = new PreCheckRequest[] {
            // The example of the issue: young geduldete person, 25a MET, 25b UNDETERMINED.
            request("2026-03-01", "2001-05-10", List.of(
                    period("AUFENTHALTSGESTATTUNG", "2016-09-01", "2018-03-31", null),
                    period("DULDUNG", "2018-04-01", null, null)), "A2", true, null),
            // Geduldet adult, § 25b reached in the future, with a § 60b year in between.
            request("2025-06-01", "1988-02-14", List.of(
                    period("AUFENTHALTSGESTATTUNG", "2019-01-10", "2020-06-30", null),
                    period("DULDUNG_UNGEKLAERTE_IDENTITAET", "2020-07-01", "2021-06-30", null),
                    period("DULDUNG", "2021-07-01", null, null)), "B1", true, true),
            // Former § 104c holder now with a permit; naturalisation within reach.
            request("2026-01-15", "1995-09-30", List.of(
                    period("DULDUNG", "2016-03-01", "2023-02-28", null),
                    period("AUFENTHALTSERLAUBNIS", "2023-03-01", "2024-08-31", "104c"),
                    period("AUFENTHALTSERLAUBNIS", "2024-09-01", null, "25b")), "B1", true, true),
            // Skilled worker with a Blue Card, naturalisation at five years.
            request("2025-09-01", "1990-04-02", List.of(
                    period("VISUM", "2021-03-01", "2021-05-31", "18b"),
                    period("AUFENTHALTSERLAUBNIS", "2021-06-01", null, "18b")), "C1", true, true)
        };
    }

    private static PreCheckRequest.ResidencePeriod period(String status, String from, String to, String basis) {
        return new PreCheckRequest.ResidencePeriod(status, LocalDate.parse(from), to == null ? null
                : LocalDate.parse(to), basis);
    }

    private static PreCheckRequest request(String asOf, String birth, List<PreCheckRequest.ResidencePeriod> periods,
                                           String german, Boolean civic, Boolean children) {
        return new PreCheckRequest(LocalDate.parse(asOf), ALL_BASES, new PreCheckRequest.Person(
                LocalDate.parse(birth), periods,
                List.of(new PreCheckRequest.SchoolAttendance(LocalDate.parse(birth).plusYears(15), null, true)),
                false, german, civic, true, null,
                new PreCheckRequest.Livelihood(true, true, null),
                true, true, true, false, false,
                List.of(new PreCheckRequest.Conviction(LocalDate.parse("2021-02-01"), 30, false, false)),
                false, children, false, null, null));
    }

    @Benchmark
    public PreCheckResult fullPreCheck() {
        PreCheckRequest request = requests[next];
        next = (next + 1) & 3;
        return engine.check(request);
    }
}
