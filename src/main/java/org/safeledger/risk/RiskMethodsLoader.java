package org.safeledger.risk;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At every start, loads the risk method versions of {@code classpath:risk-methods/*.json} that the database does
 * not hold yet (reference data, as the standards). A loaded version is never changed; a correction is a new one.
 */
@Component
@Order(-10)
class RiskMethodsLoader implements ApplicationRunner {

    private final RiskMethods methods;

    RiskMethodsLoader(RiskMethods methods) {
        this.methods = methods;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:risk-methods/*.json")) {
            try (var in = resource.getInputStream()) {
                methods.loadIfMissing(methods.read(in));
            }
        }
    }
}
