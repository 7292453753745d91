package org.safeledger.identity;

import org.safeledger.shared.CodeList;
import org.safeledger.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's code lists. */
@Configuration(proxyBeanMethods = false)
class IdentityCodeLists {

    @Bean
    CodeList roles() {
        return CodeList.of("roles", "role", Role.class);
    }
}
