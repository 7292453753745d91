package org.safeledger.standard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At every start, loads the standard versions of the repository's data files ({@code classpath:standards/*.json})
 * that the database does not hold yet: reference data, in production as in the demo. Versions are never changed
 * once loaded; a correction is a new version.
 */
@Component
@Order(-10)
class StandardsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StandardsLoader.class);

    private final StandardsCatalogue catalogue;

    StandardsLoader(StandardsCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:standards/*.json")) {
            try (var in = resource.getInputStream()) {
                var version = catalogue.loadIfMissing(catalogue.read(in));
                log.debug("standard {} {} ({} clauses)", version.code(), version.versionKey(), version.clauseCount());
            }
        }
    }
}
