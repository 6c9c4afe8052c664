package de.lotse.residence.internal;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.lotse.residence.precheck.PreCheckEngine;
import de.lotse.residence.precheck.PreCheckRequest;
import tools.jackson.databind.json.JsonMapper;

/** CPU time per client of the two steps of the screening's evaluation, on one thread, without a database. */
public final class ScreeningProbe {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        PreCheckJson json = new PreCheckJson(JsonMapper.builder().build());
        PreCheckEngine engine = new PreCheckEngine();
        LocalDate today = LocalDate.now();
        Random random = new Random(1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(json.write(DemoFacts.person(random.nextInt(DemoFacts.KINDS), random.nextInt(100), today)));
        }
        var threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            List<PreCheckRequest.Person> people = new ArrayList<>();
            for (String text : texts) {
                people.add(json.person(text));
            }
            long t1 = threads.getCurrentThreadCpuTime();
            int met = 0;
            for (PreCheckRequest.Person person : people) {
                met += engine.check(DemoFacts.request(person, today)).results().size();
            }
            long t2 = threads.getCurrentThreadCpuTime();
            System.out.printf("round %d: parse %.1f µs, check %.1f µs per client (cpu)%n", round, (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n);
        }
    }
}
