package de.lotse.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LotseEnvironmentTest {

    private MockEnvironment prepared(MockEnvironment environment) {
        new LotseEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void theEmbeddedDatabaseComesWithTheDemoUnit() {
        assertThat(prepared(new MockEnvironment()).getActiveProfiles()).containsExactly("demo");
    }

    @Test
    void anExternalDatabaseNeverGetsDemoDataByItself() {
        MockEnvironment environment = prepared(new MockEnvironment().withProperty("lotse.db.url", "jdbc:postgresql://db/lotse"));
        assertThat(environment.getActiveProfiles()).isEmpty();
    }

    @Test
    void theDemoCanBeSwitchedOff() {
        assertThat(prepared(new MockEnvironment().withProperty("lotse.demo.enabled", "false")).getActiveProfiles()).isEmpty();
    }

    @Test
    void jsonLogsAreStructuredEcs() {
        assertThat(prepared(new MockEnvironment().withProperty("LOTSE_LOG_FORMAT", "json"))
                .getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(prepared(new MockEnvironment()).getProperty("logging.structured.format.console")).isNull();
    }
}
