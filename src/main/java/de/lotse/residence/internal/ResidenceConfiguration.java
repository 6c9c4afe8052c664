package de.lotse.residence.internal;

import de.lotse.residence.precheck.PreCheckEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The engine, and scheduling for the nightly screening (enabled here too, so it does not hang on another module). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ResidenceConfiguration {

    /** Stateless and thread-safe: one engine for the whole application. */
    @Bean
    PreCheckEngine preCheckEngine() {
        return new PreCheckEngine();
    }
}
