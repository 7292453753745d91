package org.safeledger.hazard;

import org.safeledger.shared.CodeList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hazard module's code lists. */
@Configuration(proxyBeanMethods = false)
class HazardCodeLists {

    @Bean
    CodeList hazardSources() {
        return CodeList.of("hazard-sources", "hazardSource", HazardSource.class);
    }

    @Bean
    CodeList hazardStatuses() {
        return CodeList.of("hazard-statuses", "hazardStatus", HazardStatus.class);
    }

    @Bean
    CodeList hazardGrades() {
        return CodeList.of("hazard-grades", "hazardGrade", HazardGrade.class);
    }
}
