-- The hazard ledger (隐患台账): one row per hazard with its current state, and its timeline. Owner module: hazard.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE hazard (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enterprise_id        bigint NOT NULL REFERENCES enterprise (id),
    region_code          text NOT NULL,          -- the enterprise's, copied for the scope and ledger indexes
    -- the region's ancestors, so that a subtree is an equality the ledger indexes can walk in order
    province_code        text NOT NULL GENERATED ALWAYS AS (left(region_code, 2)) STORED,
    city_code            text NOT NULL GENERATED ALWAYS AS (left(region_code, 4)) STORED,
    title                text NOT NULL,
    description          text NOT NULL,
    location             text NOT NULL,
    longitude            numeric(9, 6),
    latitude             numeric(8, 6),
    sector               text NOT NULL,
    source               text NOT NULL,
    grade                text NOT NULL DEFAULT 'GENERAL',
    status               text NOT NULL,
    discovered_at        timestamptz NOT NULL,
    discovered_by        text NOT NULL,
    reported_by          bigint NOT NULL REFERENCES user_account (id),
    photo_ids            bigint[] NOT NULL DEFAULT '{}',
    plan                 text,
    responsible_person   text,
    deadline             date,
    extensions           integer NOT NULL DEFAULT 0,
    evidence             text,
    evidence_ids         bigint[] NOT NULL DEFAULT '{}',
    cost_yuan            bigint CHECK (cost_yuan >= 0),
    rectified_on_spot    boolean NOT NULL DEFAULT false,
    rejections           integer NOT NULL DEFAULT 0,
    verification_opinion text,
    closed_at            timestamptz,
    closed_by            bigint REFERENCES user_account (id),
    version              integer NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);

-- Ledger queries (ADR 0007): a region subtree at its level, newest first, paged; status, deadline and sector are
-- trailing key columns so that status, overdue and a department's sectors are checked inside the index scan
-- (which keeps the order) and counts are index-only.
CREATE INDEX hazard_province_ledger_idx ON hazard (province_code, discovered_at DESC, id DESC, status, deadline, sector);
CREATE INDEX hazard_city_ledger_idx ON hazard (city_code, discovered_at DESC, id DESC, status, deadline, sector);
CREATE INDEX hazard_county_ledger_idx ON hazard (region_code, discovered_at DESC, id DESC, status, deadline, sector);
CREATE INDEX hazard_enterprise_ledger_idx ON hazard (enterprise_id, discovered_at DESC, id DESC, status, deadline);
-- Rectifications still owed, by deadline: overdue lists and the overdue sweep never touch the closed majority.
CREATE INDEX hazard_open_deadline_idx ON hazard (deadline, region_code) WHERE status IN ('REPORTED', 'RECTIFYING');
-- Free text that works for Chinese: trigram matching on title, description and location. The text never changes
-- after reporting, so it lives in its own table: the hazard's many updates (every step of the loop) would otherwise
-- rewrite dozens of trigram entries each time.
CREATE TABLE hazard_text (
    hazard_id bigint PRIMARY KEY REFERENCES hazard (id),
    text      text NOT NULL
);
CREATE INDEX hazard_text_idx ON hazard_text USING gin (text gin_trgm_ops);

CREATE TABLE hazard_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hazard_id   bigint NOT NULL REFERENCES hazard (id),
    at          timestamptz NOT NULL,
    actor_id    bigint NOT NULL,
    actor_name  text NOT NULL,
    type        text NOT NULL,
    from_status text,
    to_status   text NOT NULL,
    detail      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX hazard_event_hazard_idx ON hazard_event (hazard_id, id);
