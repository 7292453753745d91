-- The determination standards catalogue (issue 5): each standard as versioned reference data, loaded from the data
-- files under src/main/resources/standards (or uploaded by an administrator), never edited in place. Owner module:
-- standard.
CREATE TABLE standard_version (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    version_key     text NOT NULL,
    title           text NOT NULL,
    title_en        text,
    issuer          text NOT NULL,
    document_number text NOT NULL,
    effective_from  date NOT NULL,
    effective_to    date,                   -- null: in force until a newer version is loaded
    sectors         text[] NOT NULL,
    source          text NOT NULL,
    warning         text,
    loaded_at       timestamptz NOT NULL,
    loaded_by       text NOT NULL,
    UNIQUE (code, version_key),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

CREATE TABLE standard_clause (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id    bigint NOT NULL REFERENCES standard_version (id),
    number        text NOT NULL,
    parent_number text,
    kind          text NOT NULL CHECK (kind IN ('ASPECT', 'ITEM')),
    text          text NOT NULL,
    gloss         text,
    unconfirmed   boolean NOT NULL DEFAULT false,
    position      integer NOT NULL,
    UNIQUE (version_id, number)
);
-- Chinese full-text search over the verbatim clauses (trigrams, as the ledger's text)
CREATE INDEX standard_clause_text_idx ON standard_clause USING gin (text gin_trgm_ops);
