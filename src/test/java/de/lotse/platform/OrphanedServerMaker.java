package de.lotse.platform;

import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseIntegrationTest}: starts the embedded database, says so, and
 * waits to be killed, leaving its PostgreSQL server behind as a crashed Lotse would.
 */
public final class OrphanedServerMaker {

    private OrphanedServerMaker() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.start(Path.of(args[0]), false);
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
