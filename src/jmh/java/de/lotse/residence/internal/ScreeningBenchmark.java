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
        String dataDir = System.getProperty("java.io.tmpdir") + "/lotse-bench-" + UUID.randomUUID();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LotseApplication.class)
                .run("--lotse.demo.enabled=false", "--server.port=0", "--lotse.db.ephemeral=true",
                        "--lotse.db.data-dir=" + dataDir,
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
            long[] cpu = new long[runs];
            for (int run = 0; run < runs; run++) {
                long cpuBefore = jvmCpuMillis() + postgresCpuMillis(dataDir);
                long started = System.nanoTime();
                int evaluated = screening.recomputeAll(today);
                millis[run] = (System.nanoTime() - started) / 1_000_000;
                cpu[run] = jvmCpuMillis() + postgresCpuMillis(dataDir) - cpuBefore;
                Integer rows = jdbc.queryForObject("select count(*) from residence.screening_result", Integer.class);
                System.out.printf("run %d: %,d clients evaluated, %,d result rows stored, %,d ms wall, %,d ms CPU (JVM + PostgreSQL), load %s%n",
                        run + 1, evaluated, rows, millis[run], cpu[run], loadAverage());
            }
            long[] cpuSorted = cpu.clone();
            Arrays.sort(cpuSorted);
            System.out.printf("CPU time per screening: median %,d ms (= %,d ms wall on two otherwise idle cores at best)%n",
                    cpuSorted[runs / 2], cpuSorted[runs / 2] / 2);
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf("screening of %,d clients: median %,d ms over %d runs (min %,d, max %,d); %d processors%n",
                    clients, sorted[runs / 2], runs, sorted[0], sorted[runs - 1], Runtime.getRuntime().availableProcessors());
        }
    }

    private static long jvmCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** CPU time of the embedded PostgreSQL's processes (the postmaster of this data folder and its children), Linux only. */
    private static long postgresCpuMillis(String dataDir) {
        try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            List<String[]> stats = new ArrayList<>();
            String postmaster = null;
            for (java.nio.file.Path dir : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String cmdline = java.nio.file.Files.readString(dir.resolve("cmdline")).replace('\0', ' ');
                    String stat = java.nio.file.Files.readString(dir.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    stats.add(new String[] {dir.getFileName().toString(), fields[1], fields[11], fields[12]});
                    if (cmdline.contains(dataDir) && cmdline.contains("postgres")) {
                        postmaster = dir.getFileName().toString();
                    }
                } catch (java.io.IOException gone) {
                    // The process ended meanwhile.
                }
            }
            long ticks = 0;
            for (String[] stat : stats) {
                if (stat[0].equals(postmaster) || stat[1].equals(postmaster)) {
                    ticks += Long.parseLong(stat[2]) + Long.parseLong(stat[3]);
                }
            }
            return ticks * 10;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
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
