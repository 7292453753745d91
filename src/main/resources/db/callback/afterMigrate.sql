-- After every migration (each start): the application's role gets exactly the rights it uses, on every table the
-- owner has made. It reads and writes the records; on the audit log it may only add and read (no UPDATE, no
-- DELETE, no TRUNCATE), so the append-only triggers are not the only guard. The owner role runs the migrations;
-- ${appRole} is safeledger.database.app-role (empty, or the owner itself, when both are one role: nothing to do).
DO $grants$
DECLARE
    app text := '${appRole}';
BEGIN
    IF app = '' OR app = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_link FROM %I', app);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
END
$grants$;
