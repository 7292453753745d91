-- Inspection tours (巡视 by party bodies, 安全生产巡查 by safety committees' offices, 督查 by governments) and their
-- "second half": the targets, the findings (问题清单), each target's principal's report, the re-inspection samples.
-- Owner module: tour. A finding's rectification item (origin TOUR_FINDING) is the rectification module's.
CREATE TABLE tour (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind               text NOT NULL CHECK (kind IN ('PARTY_INSPECTION', 'SAFETY_TOUR', 'SUPERVISION')),
    title              text NOT NULL,
    body_kind          text NOT NULL CHECK (body_kind IN ('DEPARTMENT', 'GOVERNMENT', 'PARTY_COMMITTEE')),
    body_department_id bigint REFERENCES department (id),
    body_region        text NOT NULL,
    body_name          text NOT NULL,
    target_region      text NOT NULL,
    starts_on          date NOT NULL,
    ends_on            date NOT NULL,
    leader             text NOT NULL,
    members            text[] NOT NULL DEFAULT '{}',
    status             text NOT NULL,
    feedback_on        date,
    plan_due           date,
    report_due         date,
    summary            text,
    published_at       timestamptz,
    public_token       text UNIQUE,
    created_by         bigint NOT NULL REFERENCES user_account (id),
    version            integer NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CHECK (ends_on >= starts_on),
    CHECK ((body_kind = 'DEPARTMENT') = (body_department_id IS NOT NULL))
);
CREATE INDEX tour_body_region_idx ON tour (body_region text_pattern_ops, id DESC);
CREATE INDEX tour_target_region_idx ON tour (target_region text_pattern_ops, id DESC);

CREATE TABLE tour_target (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tour_id              bigint NOT NULL REFERENCES tour (id),
    kind                 text NOT NULL CHECK (kind IN ('ENTERPRISE', 'DEPARTMENT', 'GOVERNMENT', 'PARTY_COMMITTEE')),
    party_id             bigint,
    party_region         text,
    name                 text NOT NULL,
    region_code          text NOT NULL,
    principal_report     text,
    principal_report_ids bigint[] NOT NULL DEFAULT '{}',
    principal_reported_at timestamptz,
    principal_reported_by text,
    UNIQUE NULLS NOT DISTINCT (tour_id, kind, party_id, party_region)
);

CREATE TABLE tour_finding (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tour_id          bigint NOT NULL REFERENCES tour (id),
    target_id        bigint NOT NULL REFERENCES tour_target (id),
    title            text NOT NULL,
    description      text NOT NULL,
    evidence_ids     bigint[] NOT NULL DEFAULT '{}',
    hazard_id        bigint,
    rectification_id bigint,
    recorded_by      text NOT NULL,
    recorded_at      timestamptz NOT NULL
);
CREATE INDEX tour_finding_tour_idx ON tour_finding (tour_id, id);

CREATE TABLE tour_sample (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tour_id   bigint NOT NULL REFERENCES tour (id),
    seed      bigint NOT NULL,
    pool      bigint[] NOT NULL,
    size      integer NOT NULL CHECK (size >= 1),
    drawn     bigint[] NOT NULL,
    drawn_by  text NOT NULL,
    drawn_at  timestamptz NOT NULL
);
CREATE INDEX tour_sample_tour_idx ON tour_sample (tour_id, id);
