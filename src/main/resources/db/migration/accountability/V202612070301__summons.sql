-- Summons (约谈, 安委〔2018〕2号): a body's leaders remind, warn and urge a government, department or enterprise
-- below to rectify; its measures become rectification items of origin SUMMONS; the summoned reports its
-- rectification in writing by a deadline (default 20 days). Owner module: accountability.
CREATE TABLE summons (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_kind             text NOT NULL CHECK (body_kind IN ('DEPARTMENT', 'GOVERNMENT', 'PARTY_COMMITTEE')),
    body_id               bigint,
    body_region           text NOT NULL,
    body_name             text NOT NULL,
    subject_kind          text NOT NULL CHECK (subject_kind IN ('ENTERPRISE', 'DEPARTMENT', 'GOVERNMENT', 'PARTY_COMMITTEE')),
    subject_id            bigint,
    subject_region_code   text,
    subject_region        text NOT NULL,
    subject_name          text NOT NULL,
    trigger               text NOT NULL,
    reason                text NOT NULL,
    held_on               date NOT NULL,
    minutes_attachment_id bigint,
    report_due            date NOT NULL,
    status                text NOT NULL CHECK (status IN ('HELD', 'REPORTED')),
    report                text,
    report_attachment_ids bigint[] NOT NULL DEFAULT '{}',
    reported_at           timestamptz,
    reported_by_name      text,
    version               integer NOT NULL DEFAULT 0,
    recorded_by           bigint NOT NULL REFERENCES user_account (id),
    created_at            timestamptz NOT NULL,
    CHECK ((status = 'REPORTED') = (reported_at IS NOT NULL))
);
CREATE INDEX summons_subject_idx ON summons (subject_region text_pattern_ops, held_on DESC);
CREATE INDEX summons_body_idx ON summons (body_region text_pattern_ops, held_on DESC);
