package de.lotse.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 that lets {@code ./mvnw spring-boot:run} work with nothing installed.
 *
 * <p>Its files live in a folder of their own so that data survives a restart. A server left running by a
 * killed JVM would block the next start, so it is stopped first.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path folder;
    private final boolean ephemeral;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path folder, boolean ephemeral) {
        this.postgres = postgres;
        this.folder = folder;
        this.ephemeral = ephemeral;
    }

    public static EmbeddedDatabase start(Path folder, boolean ephemeral) {
        try {
            stopOrphanedServer(folder);
            if (ephemeral) {
                deleteRecursively(folder);
            }
            Files.createDirectories(folder);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    // Never let zonky clean: it would run initdb on a folder that already holds data.
                    .setCleanDataDirectory(false)
                    // Spring stops the server after everything that uses it (the event publication registry checks
                    // its publications at shutdown); zonky's own hook would stop it at the same time as Spring's,
                    // and those last queries would wait 30 s for a connection.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .start();
            log.info("Embedded PostgreSQL 17 running on port {} with data in {}", postgres.getPort(), folder.toAbsolutePath());
            return new EmbeddedDatabase(postgres, folder, ephemeral);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder.toAbsolutePath(), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        if (ephemeral) {
            deleteRecursively(folder);
        }
    }

    private static void stopOrphanedServer(Path folder) {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (Stream<String> lines = Files.lines(pidFile)) {
            Optional<ProcessHandle> server = lines.findFirst()
                    .map(String::trim)
                    .filter(line -> line.matches("\\d+"))
                    .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                    .filter(process -> process.info().command().orElse("").contains("postgres"));
            if (server.isPresent()) {
                log.warn("Stopping a PostgreSQL server (pid {}) left running on {} by an earlier start", server.get().pid(), folder);
                server.get().destroy();
                server.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            log.warn("Could not check for a PostgreSQL server left running on {}: {}", folder, e.getMessage());
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
