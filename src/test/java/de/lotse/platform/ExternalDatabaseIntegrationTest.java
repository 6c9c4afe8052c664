package de.lotse.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import de.lotse.LotseApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With LOTSE_DB_URL set, Lotse uses that PostgreSQL, starts no embedded one, migrates the schema there and
 * loads no demo data. A second embedded PostgreSQL plays the external server.
 */
class ExternalDatabaseIntegrationTest {

    @Test
    void runsAgainstAnExternalPostgresWithoutDemoData() throws Exception {
        Path folder = Files.createTempDirectory("lotse-external-db");
        try (EmbeddedDatabase external = EmbeddedDatabase.start(folder, true)) {
            String url = "jdbc:postgresql://localhost:" + external.port() + "/postgres";
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LotseApplication.class)
                    .run("--lotse.db.url=" + url, "--lotse.db.user=postgres", "--lotse.db.password=", "--server.port=0")) {
                assertThat(context.getBean(EmbeddedDatabaseHolder.class).running()).isFalse();
                assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");
                JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
                assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(external.port());
                assertThat(jdbc.sql("select count(*) from public.flyway_schema_history where success").query(Integer.class).single())
                        .isGreaterThanOrEqualTo(3);
                assertThat(jdbc.sql("select count(*) from accounts.user_account").query(Integer.class).single()).isZero();
            }
        }
    }
}
