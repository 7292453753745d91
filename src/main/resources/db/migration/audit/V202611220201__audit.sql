-- The operation log: every write, append-only, each entry chained to the previous by SHA-256. Owner: audit.
-- Entries are inserted unchained inside the writing transaction (no lock shared by all writers); the chainer
-- assigns chain positions and hashes in batches, in one place, afterwards (ADR 0006).
CREATE TABLE audit_entry (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    actor      text NOT NULL,
    action     text NOT NULL,
    target     text NOT NULL,
    detail     text NOT NULL,
    chain_seq  bigint UNIQUE,
    prev_hash  text,
    hash       text
);
CREATE INDEX audit_entry_unchained_idx ON audit_entry (id) WHERE chain_seq IS NULL;

-- Append-only: the content of an entry never changes and entries are never deleted; only the chainer fills in
-- the chain columns, once.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit entries cannot be deleted';
    END IF;
    IF NEW.at IS DISTINCT FROM OLD.at OR NEW.actor IS DISTINCT FROM OLD.actor OR NEW.action IS DISTINCT FROM OLD.action
       OR NEW.target IS DISTINCT FROM OLD.target OR NEW.detail IS DISTINCT FROM OLD.detail
       OR OLD.chain_seq IS NOT NULL THEN
        RAISE EXCEPTION 'audit entries are append-only';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE FUNCTION audit_entry_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries cannot be deleted';
END $$;
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_no_truncate();
