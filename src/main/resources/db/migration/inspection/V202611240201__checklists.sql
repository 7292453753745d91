-- Checklists and self-inspection (issue 5). Owner module: inspection.
-- A template is an enterprise's own (enterprise_id) or a regulator's for its region (region_prefix, the subtree it
-- serves); its items are clauses of the catalogue (text copied as cited, the clause id kept) or custom lines.
CREATE TABLE checklist_template (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text NOT NULL,
    sector         text NOT NULL,
    enterprise_id  bigint REFERENCES enterprise (id),
    region_prefix  text NOT NULL,
    created_at     timestamptz NOT NULL,
    created_by     bigint NOT NULL REFERENCES user_account (id)
);
CREATE INDEX checklist_template_enterprise_idx ON checklist_template (enterprise_id);

CREATE TABLE checklist_item (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id    bigint NOT NULL REFERENCES checklist_template (id),
    position       integer NOT NULL,
    clause_id      bigint REFERENCES standard_clause (id),
    clause_label   text,            -- e.g. "COAL_MINE_MAJOR MEM-4-2020 18.10"
    text           text NOT NULL,
    UNIQUE (template_id, position)
);

-- An inspection run: per item applicable or not, and compliant / non-compliant / not checked (never a silent
-- "all clear": an unanswered item stays NOT_CHECKED and makes the run INCOMPLETE).
CREATE TABLE inspection_run (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id    bigint NOT NULL REFERENCES checklist_template (id),
    enterprise_id  bigint NOT NULL REFERENCES enterprise (id),
    place          text NOT NULL,
    status         text NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    outcome        text CHECK (outcome IN ('ALL_COMPLIANT', 'NON_COMPLIANT', 'INCOMPLETE')),
    started_at     timestamptz NOT NULL,
    started_by     bigint NOT NULL REFERENCES user_account (id),
    completed_at   timestamptz,
    version        integer NOT NULL DEFAULT 0
);
CREATE INDEX inspection_run_enterprise_idx ON inspection_run (enterprise_id, template_id, completed_at);

CREATE TABLE inspection_result (
    run_id         bigint NOT NULL REFERENCES inspection_run (id),
    item_id        bigint NOT NULL REFERENCES checklist_item (id),
    applicable     boolean NOT NULL DEFAULT true,
    outcome        text NOT NULL DEFAULT 'NOT_CHECKED' CHECK (outcome IN ('COMPLIANT', 'NON_COMPLIANT', 'NOT_CHECKED')),
    note           text,
    photo_ids      bigint[] NOT NULL DEFAULT '{}',
    hazard_id      bigint REFERENCES hazard (id),
    checked_at     timestamptz,
    checked_by     bigint REFERENCES user_account (id),
    PRIMARY KEY (run_id, item_id)
);

-- Recurring self-inspection: a template an enterprise must run daily, weekly or monthly from a day on. Missed
-- periods are computed from the completed runs of that template at that enterprise.
CREATE TABLE inspection_schedule (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enterprise_id  bigint NOT NULL REFERENCES enterprise (id),
    template_id    bigint NOT NULL REFERENCES checklist_template (id),
    frequency      text NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY', 'MONTHLY')),
    starts_on      date NOT NULL,
    active         boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL,
    created_by     bigint NOT NULL REFERENCES user_account (id),
    UNIQUE (enterprise_id, template_id, frequency)
);
