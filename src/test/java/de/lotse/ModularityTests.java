package de.lotse;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure of docs/architecture.md holds: no cycles, no access to another module's internals.
 * Also writes the module documentation (PlantUML and module canvases) to target/spring-modulith-docs.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LotseApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleOfTheArchitectureExists() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("network", "accounts", "privacy", "casework", "residence", "structure", "statistics",
                        "documents", "web", "platform");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
