package de.lotse.platform;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives settings from Lotse's few environment variables before the application starts.
 *
 * <ul>
 *   <li>Without {@code LOTSE_DB_URL} Lotse runs on its embedded PostgreSQL, and then the demo KIM unit is
 *       loaded (profile {@code demo}) unless {@code LOTSE_DEMO=false}. With an external database the demo
 *       stays off unless the profile is asked for explicitly: production data must never meet demo users.</li>
 *   <li>{@code LOTSE_LOG_FORMAT=json} switches the console to structured (ECS) JSON logs. This must happen
 *       here, because the logging system is set up before any bean exists.</li>
 * </ul>
 */
public class LotseEnvironment implements EnvironmentPostProcessor {

    static final String DEMO_PROFILE = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> derived = new HashMap<>();
        if ("json".equalsIgnoreCase(environment.getProperty("LOTSE_LOG_FORMAT", ""))) {
            derived.put("logging.structured.format.console", "ecs");
        }
        boolean embedded = environment.getProperty("lotse.db.url", "").isBlank();
        boolean demoWanted = environment.getProperty("lotse.demo.enabled", Boolean.class, true);
        if (embedded && demoWanted && !environment.matchesProfiles(DEMO_PROFILE)) {
            environment.addActiveProfile(DEMO_PROFILE);
        }
        if (!derived.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("lotseDerived", derived));
        }
    }
}
