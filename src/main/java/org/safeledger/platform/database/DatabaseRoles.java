package org.safeledger.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The embedded server's roles, made (or brought up to date) as the superuser on every start: the owner that
 * migrates ({@code safeledger_owner}: no superuser, no role or database creation) owns the schema and every object
 * in it — objects an earlier version made as {@code postgres} are handed over — and the application's role
 * ({@code safeledger_app}) may connect; its rights on the tables come from the afterMigrate grants, run by the owner.
 */
final class DatabaseRoles {

    private static final String OWNER = DatabaseCredentials.OWNER_ROLE;
    private static final String APP = DatabaseCredentials.APP_ROLE;

    private DatabaseRoles() {}

    static void apply(Connection superuser, DatabaseCredentials credentials) throws SQLException {
        try (var statement = superuser.createStatement()) {
            for (var role : new String[] {OWNER, APP}) {
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                        + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
            }
            statement.execute("ALTER ROLE " + OWNER + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
                    + " NOBYPASSRLS PASSWORD " + literal(credentials.owner()));
            statement.execute("ALTER ROLE " + APP + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
                    + " NOBYPASSRLS PASSWORD " + literal(credentials.app()));
            statement.execute("ALTER ROLE postgres WITH PASSWORD " + literal(credentials.superuser()));
            statement.execute("GRANT CONNECT, CREATE, TEMPORARY ON DATABASE postgres TO " + OWNER);
            statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE postgres TO " + APP);
            statement.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            statement.execute(HAND_OVER);
        }
    }

    private static String literal(String password) {
        // generated passwords are URL-safe Base64: no quote can occur, but never trust that silently
        if (!password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("unexpected characters in a generated password");
        }
        return "'" + password + "'";
    }

    /** Tables, views, free sequences, functions and types of the schema still owned by postgres go to the owner. */
    private static final String HAND_OVER = """
            DO $$
            DECLARE
                r record;
                superuser oid := (SELECT oid FROM pg_roles WHERE rolname = 'postgres');
            BEGIN
                FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = 'public' AND c.relowner = superuser AND c.relkind IN ('r', 'p', 'v', 'm')
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format(CASE r.relkind WHEN 'v' THEN 'ALTER VIEW public.%I OWNER TO safeledger_owner'
                                                  WHEN 'm' THEN 'ALTER MATERIALIZED VIEW public.%I OWNER TO safeledger_owner'
                                                  ELSE 'ALTER TABLE public.%I OWNER TO safeledger_owner' END, r.relname);
                END LOOP;
                FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = 'public' AND c.relowner = superuser AND c.relkind = 'S'
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
                LOOP
                    EXECUTE format('ALTER SEQUENCE public.%I OWNER TO safeledger_owner', r.relname);
                END LOOP;
                FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                         WHERE n.nspname = 'public' AND p.proowner = superuser
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO safeledger_owner', r.signature);
                END LOOP;
                FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                         WHERE n.nspname = 'public' AND t.typowner = superuser AND t.typtype IN ('e', 'd')
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER TYPE public.%I OWNER TO safeledger_owner', r.typname);
                END LOOP;
            END $$""";
}
