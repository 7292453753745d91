-- Special rectification campaigns (专项整治, issue 18): a region's campaign with its sectors and phases, cascaded to
-- every region below it, each of which takes it on and files its own plan by a deadline (备案) and enters the
-- phases in order. Owner module: campaign.
CREATE TABLE campaign (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('SPECIAL_RECTIFICATION', 'FLOOD_SEASON', 'FIRE_PREVENTION', 'LESSON')),
    title            text NOT NULL,
    region_code      text NOT NULL REFERENCES region (code),
    sectors          text[] NOT NULL CHECK (cardinality(sectors) > 0),
    plan_due         date NOT NULL,
    department_id    bigint NOT NULL REFERENCES department (id),
    launched_by      bigint NOT NULL REFERENCES user_account (id),
    launched_by_name text NOT NULL,
    launched_at      timestamptz NOT NULL
);
CREATE INDEX campaign_region_idx ON campaign (region_code text_pattern_ops, id DESC);

CREATE TABLE campaign_phase (
    campaign_id bigint NOT NULL REFERENCES campaign (id),
    kind        text NOT NULL CHECK (kind IN ('MOBILISATION', 'SELF_CHECK', 'ENFORCEMENT', 'SUMMARY')),
    from_day    date NOT NULL,
    to_day      date NOT NULL CHECK (to_day >= from_day),
    PRIMARY KEY (campaign_id, kind)
);

-- One row per region taking part: the launching region and every region below it.
CREATE TABLE campaign_unit (
    campaign_id        bigint NOT NULL REFERENCES campaign (id),
    region_code        text NOT NULL REFERENCES region (code),
    status             text NOT NULL CHECK (status IN ('INVITED', 'TAKEN_ON', 'PLAN_FILED')),
    taken_on_at        timestamptz,
    taken_on_by_name   text,
    plan               text,
    plan_filed_at      timestamptz,
    plan_filed_by_name text,
    phase              text CHECK (phase IN ('MOBILISATION', 'SELF_CHECK', 'ENFORCEMENT', 'SUMMARY')),
    version            integer NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, region_code),
    CHECK ((status = 'PLAN_FILED') = (plan_filed_at IS NOT NULL))
);
CREATE INDEX campaign_unit_region_idx ON campaign_unit (region_code text_pattern_ops);
