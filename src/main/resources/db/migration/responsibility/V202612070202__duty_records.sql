-- The record of duties performed (照单履职): written by the post's holder with its evidence, or taken from another
-- module's record (a meeting held). Owner module: responsibility. The duty list itself is configuration
-- (safeledger.responsibility.duties); a record names its duty by code. recorded_at says when it became known, so a
-- past day's signals see only what was known then.
CREATE TABLE duty_record (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code      text NOT NULL REFERENCES region (code),
    duty_code        text NOT NULL,
    post_id          bigint REFERENCES leader_post (id),
    performed_on     date NOT NULL,
    note             text NOT NULL,
    attachment_ids   bigint[] NOT NULL DEFAULT '{}',
    source           text NOT NULL CHECK (source IN ('RECORDED', 'MEETING')),
    source_id        bigint,
    recorded_by      bigint,
    recorded_by_name text NOT NULL,
    recorded_at      timestamptz NOT NULL,
    CHECK ((source = 'MEETING') = (source_id IS NOT NULL))
);
CREATE UNIQUE INDEX duty_record_source_idx ON duty_record (duty_code, region_code, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX duty_record_region_idx ON duty_record (region_code, duty_code, performed_on);
