package de.lotse.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a random port with the demo KIM unit and an embedded PostgreSQL. Every
 * integration and browser test uses exactly this, so they share one application context and one database
 * per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public @interface LotseIntegrationTest {

    /** The password of all demo users in tests (src/test/resources/config/application.yaml). */
    String DEMO_PASSWORD = "Lotsen-Testpasswort-2026";
}
