package de.lotse.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Lotse keeps its data and how it reaches its database.
 *
 * @param url JDBC URL of an external PostgreSQL (15 to 18); blank means the embedded one
 * @param user user name for the external database
 * @param password password for the external database
 * @param dataDir folder of the embedded database's files (kept between starts)
 * @param ephemeral start the embedded database on an empty folder and delete it on shutdown (tests)
 */
@ConfigurationProperties("lotse.db")
public record DatabaseProperties(String url, String user, String password, Path dataDir, boolean ephemeral) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
