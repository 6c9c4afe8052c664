package de.lotse.accounts.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so application nodes keep no state and any node can
 * serve any request. Idle sessions end after 30 minutes, every session after 12 hours.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableJdbcHttpSession(tableName = "accounts.http_session")
class SessionConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleTimeout(
            @Value("${lotse.sessions.idle-timeout}") Duration idleTimeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(idleTimeout);
    }

    @Bean
    FilterRegistrationBean<AbsoluteSessionTimeout> absoluteSessionTimeout(
            @Value("${lotse.sessions.absolute-timeout}") Duration absoluteTimeout) {
        FilterRegistrationBean<AbsoluteSessionTimeout> registration =
                new FilterRegistrationBean<>(new AbsoluteSessionTimeout(absoluteTimeout));
        // After the session repository filter, before Spring Security reads the session.
        registration.setOrder(-200);
        return registration;
    }

    /** Argon2id with Spring Security's current defaults (16 MiB memory, 2 iterations). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
