-- Rectification items (整改事项) of every responsible party: an enterprise, a department, a region's government or
-- party committee. Owner module: rectification. The current state and its timeline, as for hazards.
CREATE TABLE rectification (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin                 text NOT NULL,
    origin_id              bigint,
    title                  text NOT NULL,
    description            text NOT NULL,
    responsible_kind       text NOT NULL CHECK (responsible_kind IN ('ENTERPRISE', 'DEPARTMENT', 'GOVERNMENT', 'PARTY_COMMITTEE')),
    responsible_id         bigint,
    responsible_region     text,
    responsible_name       text NOT NULL,
    region_code            text NOT NULL,          -- the party's region: the enterprise's, the department's, its own
    assigned_by            bigint NOT NULL REFERENCES user_account (id),
    assigner_name          text NOT NULL,
    assigner_department_id bigint REFERENCES department (id),
    assigner_region        text NOT NULL,
    status                 text NOT NULL,
    assigned_on            date NOT NULL,
    deadline               date NOT NULL,
    original_deadline      date NOT NULL,
    plan                   text,
    measures               text,
    last_report_on         date,
    evidence               text,
    evidence_ids           bigint[] NOT NULL DEFAULT '{}',
    extensions             integer NOT NULL DEFAULT 0,
    rejections             integer NOT NULL DEFAULT 0,
    opinion                text,
    escalation_tier        integer NOT NULL DEFAULT 0,
    closed_at              timestamptz,
    closed_by              bigint REFERENCES user_account (id),
    version                integer NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    CHECK ((responsible_kind IN ('GOVERNMENT', 'PARTY_COMMITTEE')) = (responsible_region IS NOT NULL)),
    CHECK ((responsible_kind IN ('ENTERPRISE', 'DEPARTMENT')) = (responsible_id IS NOT NULL))
);

-- The ledger: a region subtree newest first (text_pattern_ops for the LIKE prefix of the scope).
CREATE INDEX rectification_region_idx ON rectification (region_code text_pattern_ops, id DESC);
CREATE INDEX rectification_responsible_idx ON rectification (responsible_kind, responsible_id, responsible_region);
CREATE INDEX rectification_assigner_idx ON rectification (assigner_department_id, assigner_region);
CREATE INDEX rectification_origin_idx ON rectification (origin, origin_id);
-- Still owed, by deadline: the overdue sweep never reads the closed majority.
CREATE INDEX rectification_owed_deadline_idx ON rectification (deadline, escalation_tier) WHERE status IN ('ASSIGNED', 'RECTIFYING');

CREATE TABLE rectification_event (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rectification_id  bigint NOT NULL REFERENCES rectification (id),
    type              text NOT NULL,
    at                timestamptz NOT NULL,
    actor_id          bigint REFERENCES user_account (id),
    actor_name        text NOT NULL,
    from_status       text,
    to_status         text NOT NULL,
    detail            jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX rectification_event_item_idx ON rectification_event (rectification_id, id);
