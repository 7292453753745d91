-- Risk grading, the other half of dual prevention (issue 5). Owner module: risk.
-- Methods (LEC, LS, MES) are versioned reference data loaded from src/main/resources/risk-methods (or uploaded by an
-- administrator): their factor tables and bands are data, never code; a version is never edited once loaded.
CREATE TABLE risk_method_version (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    method          text NOT NULL CHECK (method ~ '^[A-Z][A-Z0-9_]{1,29}$'),
    version_key     text NOT NULL,
    title           text NOT NULL,
    title_en        text,
    issuer          text NOT NULL,
    source          text NOT NULL,
    formula         text NOT NULL,
    effective_from  date NOT NULL,
    effective_to    date,
    warning         text,
    factors         jsonb NOT NULL,
    bands           jsonb NOT NULL,
    loaded_at       timestamptz NOT NULL,
    loaded_by       text NOT NULL,
    UNIQUE (method, version_key),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- A risk point (风险点): a place, facility or activity of an enterprise with its hazard factors and controls; its
-- latest assessment is kept on the row for the risk list and the four-colour overview.
CREATE TABLE risk_point (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enterprise_id     bigint NOT NULL REFERENCES enterprise (id),
    name              text NOT NULL,
    place             text NOT NULL,
    activity          text NOT NULL,
    hazard_factors    text NOT NULL,
    control_measures  text NOT NULL,
    responsible_post  text NOT NULL,
    responsible_person text,
    level             text CHECK (level IN ('MAJOR', 'LARGER', 'GENERAL', 'LOW')),
    score             numeric,
    band              text,
    method            text,
    method_version    text,
    assessed_at       timestamptz,
    created_at        timestamptz NOT NULL,
    created_by        bigint NOT NULL REFERENCES user_account (id),
    version           integer NOT NULL DEFAULT 0
);
CREATE INDEX risk_point_enterprise_idx ON risk_point (enterprise_id, level);

-- Every assessment with the raw factor values and the method version it used: a new method version never changes
-- a past result.
CREATE TABLE risk_assessment (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    risk_point_id     bigint NOT NULL REFERENCES risk_point (id),
    method_version_id bigint NOT NULL REFERENCES risk_method_version (id),
    factors           jsonb NOT NULL,
    score             numeric NOT NULL,
    band              text NOT NULL,
    level             text NOT NULL CHECK (level IN ('MAJOR', 'LARGER', 'GENERAL', 'LOW')),
    note              text,
    assessed_at       timestamptz NOT NULL,
    assessed_by       bigint NOT NULL REFERENCES user_account (id)
);
CREATE INDEX risk_assessment_point_idx ON risk_assessment (risk_point_id, id DESC);
