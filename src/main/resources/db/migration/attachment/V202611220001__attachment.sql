-- Uploaded files (photos, PDFs), stored content-addressed under the data directory. Owner module: attachment.
CREATE TABLE attachment (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content_type  text NOT NULL,
    size          bigint NOT NULL CHECK (size > 0),
    original_name text,
    uploaded_by   bigint NOT NULL REFERENCES user_account (id),
    created_at    timestamptz NOT NULL
);
CREATE INDEX attachment_sha256_idx ON attachment (sha256);
