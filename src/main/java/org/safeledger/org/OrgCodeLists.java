package org.safeledger.org;

import org.safeledger.shared.CodeList;
import org.safeledger.shared.Sector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The org module's code lists, served at {@code /api/v1/code-lists/{name}}. */
@Configuration(proxyBeanMethods = false)
class OrgCodeLists {

    @Bean
    CodeList sectors() {
        return CodeList.of("sectors", "sector", Sector.class);
    }

    @Bean
    CodeList departmentKinds() {
        return CodeList.of("department-kinds", "departmentKind", DepartmentKind.class);
    }

    @Bean
    CodeList postKinds() {
        return CodeList.of("post-kinds", "postKind", PostKind.class);
    }

    @Bean
    CodeList mineTypes() {
        return CodeList.of("mine-types", "mineType", MineType.class);
    }

    @Bean
    CodeList regionLevels() {
        return CodeList.of("region-levels", "regionLevel", RegionLevel.class);
    }
}
