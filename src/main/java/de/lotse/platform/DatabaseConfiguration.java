package de.lotse.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link DataSource} for the whole application: the external PostgreSQL when {@code LOTSE_DB_URL} is
 * set, otherwise the embedded one. Flyway, Spring Data JDBC and the session store all use it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties properties) {
        return properties.external()
                ? EmbeddedDatabaseHolder.none()
                : EmbeddedDatabaseHolder.of(EmbeddedDatabase.start(properties.dataDir(), properties.ephemeral()));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabaseHolder embedded) {
        DataSourceBuilder<HikariDataSource> builder = DataSourceBuilder.create().type(HikariDataSource.class);
        if (properties.external()) {
            builder.url(properties.url()).username(properties.user()).password(properties.password());
        } else {
            builder.url(embedded.database().jdbcUrl()).username("postgres");
        }
        return builder.build();
    }
}
