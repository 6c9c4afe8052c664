package de.lotse.platform;

import java.io.IOException;

/**
 * Holds the embedded database when one runs, so the container closes it after the connection pool.
 */
public record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {

    static EmbeddedDatabaseHolder none() {
        return new EmbeddedDatabaseHolder(null);
    }

    static EmbeddedDatabaseHolder of(EmbeddedDatabase database) {
        return new EmbeddedDatabaseHolder(database);
    }

    public boolean running() {
        return database != null;
    }

    @Override
    public void close() throws IOException {
        if (database != null) {
            database.close();
        }
    }
}
