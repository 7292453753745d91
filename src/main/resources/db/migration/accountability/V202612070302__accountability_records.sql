-- Accountability (问责) records: the person and post held to account, the ground (from the configured list of
-- situations), the decision and its day, and the record it came from (an accident, a summons, an idling signal).
-- Accident investigations' decisions on persons are read from the accident's record, not copied here.
-- Owner module: accountability.
CREATE TABLE accountability_record (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code      text NOT NULL REFERENCES region (code),
    person_name      text NOT NULL,
    post             text NOT NULL,
    post_id          bigint REFERENCES leader_post (id),
    ground           text NOT NULL,
    forms            text[] NOT NULL CHECK (cardinality(forms) > 0),
    decided_on       date NOT NULL,
    note             text NOT NULL DEFAULT '',
    source_kind      text NOT NULL CHECK (source_kind IN ('ACCIDENT', 'SUMMONS', 'SIGNAL', 'OTHER')),
    source_id        bigint,
    source_label     text NOT NULL DEFAULT '',
    recorded_by      bigint NOT NULL REFERENCES user_account (id),
    recorded_by_name text NOT NULL,
    created_at       timestamptz NOT NULL
);
CREATE INDEX accountability_record_region_idx ON accountability_record (region_code text_pattern_ops, decided_on DESC);
