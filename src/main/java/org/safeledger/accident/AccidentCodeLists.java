package org.safeledger.accident;

import org.safeledger.shared.CodeList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accident module's code lists, served at {@code /api/v1/code-lists/{name}}. */
@Configuration(proxyBeanMethods = false)
class AccidentCodeLists {

    @Bean
    CodeList accidentTypes() {
        return CodeList.of("accident-types", "accidentType", AccidentType.class);
    }

    @Bean
    CodeList accidentLevels() {
        return CodeList.of("accident-levels", "accidentLevel", AccidentLevel.class);
    }

    @Bean
    CodeList notifiedParties() {
        return CodeList.of("notified-parties", "notifiedParty", NotifiedParty.class);
    }
}
