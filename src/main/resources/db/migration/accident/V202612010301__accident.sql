-- Production-safety accidents (issue 7; State Council Decree 493). The accident holds the figures as last reported
-- and the levels they give; accident_figures keeps every report of figures (the first and each follow-up) with the
-- levels then, so the history of levels is never lost; accident_report records the reporting chain's steps.
CREATE TABLE accident (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enterprise_id     bigint NOT NULL REFERENCES enterprise (id),
    region_code       text NOT NULL REFERENCES region (code),
    sector            text NOT NULL,
    occurred_at       timestamptz NOT NULL,
    place             text NOT NULL,
    type              text NOT NULL,
    scene             text NOT NULL DEFAULT '',
    summary           text NOT NULL,
    measures          text NOT NULL DEFAULT '',
    other_info        text NOT NULL DEFAULT '',
    deaths            integer NOT NULL CHECK (deaths >= 0),
    missing           integer NOT NULL CHECK (missing >= 0),
    serious_injuries  integer NOT NULL CHECK (serious_injuries >= 0),
    minor_injuries    integer NOT NULL CHECK (minor_injuries >= 0),
    direct_loss_yuan  bigint NOT NULL CHECK (direct_loss_yuan >= 0),
    level             text NOT NULL CHECK (level IN ('GENERAL', 'LARGER', 'SERIOUS', 'EXTRA_SERIOUS')),
    provisional_level text NOT NULL CHECK (provisional_level IN ('GENERAL', 'LARGER', 'SERIOUS', 'EXTRA_SERIOUS')),
    reported_at       timestamptz NOT NULL,
    reported_by       bigint NOT NULL REFERENCES user_account (id),
    version           integer NOT NULL DEFAULT 0,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX accident_region_idx ON accident (region_code text_pattern_ops, occurred_at DESC);
CREATE INDEX accident_enterprise_idx ON accident (enterprise_id, occurred_at DESC);

CREATE TABLE accident_figures (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accident_id       bigint NOT NULL REFERENCES accident (id),
    at                timestamptz NOT NULL,
    by_id             bigint NOT NULL REFERENCES user_account (id),
    by_name           text NOT NULL,
    deaths            integer NOT NULL,
    missing           integer NOT NULL,
    serious_injuries  integer NOT NULL,
    minor_injuries    integer NOT NULL,
    direct_loss_yuan  bigint NOT NULL,
    level             text NOT NULL,
    provisional_level text NOT NULL,
    -- the figures came after the change window: recorded, but the levels stayed what they were
    level_kept        boolean NOT NULL DEFAULT false,
    note              text NOT NULL DEFAULT ''
);
CREATE INDEX accident_figures_accident_idx ON accident_figures (accident_id, id);

CREATE TABLE accident_report (
    accident_id bigint NOT NULL REFERENCES accident (id),
    step        text NOT NULL CHECK (step IN ('COUNTY', 'PREFECTURE', 'PROVINCE', 'STATE_COUNCIL')),
    sent_at     timestamptz,
    sent_by     text,
    received_at timestamptz,
    received_by text,
    parties     text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (accident_id, step)
);
