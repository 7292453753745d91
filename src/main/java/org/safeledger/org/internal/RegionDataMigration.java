package org.safeledger.org.internal;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the GB/T 2260 regions from {@code db/data/regions.csv} (source and licence in
 * {@code regions.SOURCE.md}) with PostgreSQL's COPY: about 3,200 rows in well under a second.
 */
@Component
class RegionDataMigration implements JavaMigration {

    static final String DATA = "db/data/regions.csv";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("202611210002");
    }

    @Override
    public String getDescription() {
        return "load GB/T 2260 regions";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var copy = context.getConnection().unwrap(PGConnection.class).getCopyAPI();
        try (var reader = new InputStreamReader(new ClassPathResource(DATA).getInputStream(), StandardCharsets.UTF_8)) {
            copy.copyIn(
                    "COPY region (code, name, level, parent_code) FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
        }
    }
}
