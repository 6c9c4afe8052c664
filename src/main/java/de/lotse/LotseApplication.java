package de.lotse;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Lotse: the software of one KIM unit (Kommunales Integrationsmanagement NRW).
 *
 * <p>The application modules are the direct sub-packages; see docs/architecture.md.
 */
@SpringBootApplication
public class LotseApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(LotseApplication.class);
        if (Arrays.asList(args).contains("--verify-audit-chain")) {
            // A command, not a server: no port is opened.
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }
}
