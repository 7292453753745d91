package org.safeledger;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold (no cycles, only named interfaces used); the module docs are regenerated. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SafeLedgerApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // PlantUML diagrams of the whole and of each module (target/spring-modulith-docs). The module canvases
        // are left out: their generator fails to read its own metadata on this Boot line.
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
