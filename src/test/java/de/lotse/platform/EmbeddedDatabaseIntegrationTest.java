package de.lotse.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data in its folder between starts, and recovers when the JVM before it
 * died without stopping its server.
 */
class EmbeddedDatabaseIntegrationTest {

    private static JdbcClient connect(EmbeddedDatabase database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        return JdbcClient.create(dataSource);
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        // A folder that does not exist yet, as ./data/postgres on a first start.
        Path folder = Files.createTempDirectory("lotse-persist").resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, false)) {
            connect(first).sql("create table probe (name text)").update();
            connect(first).sql("insert into probe values ('Kappelsiek')").update();
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder, false)) {
            assertThat(connect(second).sql("select name from probe").query(String.class).single()).isEqualTo("Kappelsiek");
        }
        // An ephemeral start (tests) begins on an empty folder and removes it afterwards.
        try (EmbeddedDatabase third = EmbeddedDatabase.start(folder, true)) {
            assertThat(connect(third).sql("select count(*) from pg_tables where tablename = 'probe'").query(Integer.class).single()).isZero();
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedBeforeTheNextStart() throws Exception {
        Path folder = Files.createTempDirectory("lotse-orphan").resolve("postgres");
        String javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process crashed = new ProcessBuilder(javaExecutable, "-cp", System.getProperty("java.class.path"),
                OrphanedServerMaker.class.getName(), folder.toString()).redirectErrorStream(true).start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(crashed.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("ready")) {
                // the child's start-up log
            }
            assertThat(line).as("child JVM started its database").isEqualTo("ready");
        }
        long pid = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).getFirst().trim());
        crashed.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("server outlives its JVM").contains(true);

        try (EmbeddedDatabase next = EmbeddedDatabase.start(folder, false)) {
            assertThat(connect(next).sql("select 1").query(Integer.class).single()).isEqualTo(1);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        }
        EmbeddedDatabase.start(folder, true).close();
    }
}
