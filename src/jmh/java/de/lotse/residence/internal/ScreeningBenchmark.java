package de.lotse.residence.internal;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.lotse.LotseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The screening of 100,000 stored clients end to end: read every client's facts from residence.client_facts,
 * evaluate all four legal bases with earliest dates, and replace residence.screening_result. Starts the whole
 * application on an empty embedded PostgreSQL (no demo data), generates the clients' facts (the ten kinds of
 * {@link DemoFacts}, spread over 20 organisations), warms up once, then prints the time of each measured run and
 * the median. Not a test: run it with
 * {@code ./mvnw -Pbench test-compile exec:exec@screening} (arguments: clients, runs).
 */
public final class ScreeningBenchmark {

    public static void main(String[] args) {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LotseApplication.class)
                .run("--lotse.demo.enabled=false", "--server.port=0", "--lotse.db.ephemeral=true",
                        "--lotse.db.data-dir=" + System.getProperty("java.io.tmpdir") + "/lotse-bench-" + UUID.randomUUID(),
                        "--lotse.residence.screening.cron=-", "--logging.level.de.lotse=warn", "--logging.level.de.lotse.residence.internal.ScreeningComputation=info")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            ScreeningComputation screening = context.getBean(ScreeningComputation.class);
            PreCheckJson json = context.getBean(PreCheckJson.class);
            LocalDate today = LocalDate.now();

            long generating = System.nanoTime();
            generate(jdbc, json, clients, today);
            System.out.printf("generated %,d client_facts rows in %,d ms%n", clients, (System.nanoTime() - generating) / 1_000_000);

            screening.recomputeAll(today);
            long[] millis = new long[runs];
            for (int run = 0; run < runs; run++) {
                long started = System.nanoTime();
                int evaluated = screening.recomputeAll(today);
                millis[run] = (System.nanoTime() - started) / 1_000_000;
                Integer rows = jdbc.queryForObject("select count(*) from residence.screening_result", Integer.class);
                System.out.printf("run %d: %,d clients evaluated, %,d result rows stored, %,d ms%n", run + 1, evaluated, rows, millis[run]);
            }
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf("screening of %,d clients: median %,d ms over %d runs (min %,d, max %,d); %d processors%n",
                    clients, sorted[runs / 2], runs, sorted[0], sorted[runs - 1], Runtime.getRuntime().availableProcessors());
        }
    }

    private static void generate(JdbcTemplate jdbc, PreCheckJson json, int clients, LocalDate today) {
        Random random = new Random(20261121L);
        List<String> organisations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            organisations.add(new UUID(random.nextLong(), random.nextLong()).toString());
        }
        int batch = 10_000;
        for (int from = 0; from < clients; from += batch) {
            int n = Math.min(batch, clients - from);
            String[] ids = new String[n];
            String[] orgs = new String[n];
            String[] facts = new String[n];
            for (int i = 0; i < n; i++) {
                ids[i] = UUID.randomUUID().toString();
                orgs[i] = organisations.get(random.nextInt(organisations.size()));
                facts[i] = json.write(DemoFacts.person(random.nextInt(DemoFacts.KINDS), random.nextInt(100), today));
            }
            jdbc.execute((ConnectionCallback<Integer>) connection -> {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into residence.client_facts (client_id, organisation_id, facts)
                        select cast(c as uuid), cast(o as uuid), cast(f as jsonb) from unnest(?::text[], ?::text[], ?::text[]) as t(c, o, f)
                        """)) {
                    insert.setArray(1, connection.createArrayOf("text", ids));
                    insert.setArray(2, connection.createArrayOf("text", orgs));
                    insert.setArray(3, connection.createArrayOf("text", facts));
                    return insert.executeUpdate();
                }
            });
        }
    }
}
