-- Idempotency-Key records for API creations (api.md): the first response to a key is kept for 24 hours and
-- replayed to retries. Owner module: platform.
CREATE TABLE idempotency_record (
    principal    text NOT NULL,
    key          text NOT NULL,
    request_hash text NOT NULL,
    status       integer,          -- NULL while the first request is still running
    content_type text,
    body         bytea,
    location     text,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (principal, key)
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
