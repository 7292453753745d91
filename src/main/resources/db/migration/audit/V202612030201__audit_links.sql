-- The chain leaves the entries for a table of its own, so that no role of the application needs UPDATE on either:
-- entries are inserted (and queued in audit_pending by a trigger); the chainer inserts one audit_link per entry,
-- keyed (HMAC-SHA-256 with a key held outside the database, key_id naming it), and removes it from the queue.
-- Links made before this migration keep the unkeyed SHA-256 they were made with (key_id 'sha256'). ADR 0008.
CREATE TABLE audit_link (
    seq       bigint PRIMARY KEY,
    entry_id  bigint NOT NULL UNIQUE REFERENCES audit_entry (id),
    key_id    text NOT NULL,
    prev_hash text NOT NULL,
    hash      text NOT NULL
);
INSERT INTO audit_link (seq, entry_id, key_id, prev_hash, hash)
SELECT chain_seq, id, 'sha256', prev_hash, hash FROM audit_entry WHERE chain_seq IS NOT NULL;

CREATE TABLE audit_pending (
    entry_id bigint PRIMARY KEY REFERENCES audit_entry (id)
);
INSERT INTO audit_pending (entry_id) SELECT id FROM audit_entry WHERE chain_seq IS NULL;

DROP TRIGGER audit_entry_append_only ON audit_entry;
DROP FUNCTION audit_entry_append_only();
ALTER TABLE audit_entry DROP COLUMN chain_seq, DROP COLUMN prev_hash, DROP COLUMN hash;

-- Append-only, for entries and links alike; the application's role has neither UPDATE nor DELETE on them at all
-- (afterMigrate grants), so the triggers guard against the owner's mistakes, not only the application's.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit entries cannot be deleted';
    END IF;
    RAISE EXCEPTION 'audit entries are append-only';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_link_append_only BEFORE UPDATE OR DELETE ON audit_link
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_link_no_truncate BEFORE TRUNCATE ON audit_link
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_no_truncate();

CREATE FUNCTION audit_entry_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_pending (entry_id) VALUES (NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER audit_entry_queue AFTER INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_queue();
