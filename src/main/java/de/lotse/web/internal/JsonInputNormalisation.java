package de.lotse.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The same normalisation for JSON bodies as for form fields (see {@link InputNormalisation}): every string an
 * API client sends arrives in NFC, trimmed, without control characters, and empty strings become null.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputNormalisation {

    @Bean
    JacksonModule normalisedStrings() {
        return new SimpleModule("lotse-normalised-strings").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String raw = super.deserialize(parser, context);
                String field = parser.currentName() == null ? "" : parser.currentName();
                String normalised = InputNormalisation.normalise(field, raw);
                return normalised == null || normalised.isEmpty() ? null : normalised;
            }
        });
    }
}
