package de.lotse.residence.internal;

import de.lotse.residence.precheck.PreCheckEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResidenceConfiguration {

    /** Stateless and thread-safe: one engine for the whole application. */
    @Bean
    PreCheckEngine preCheckEngine() {
        return new PreCheckEngine();
    }
}
