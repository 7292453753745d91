-- Accident investigations (Decree 493 arts. 19, 29): the department in the system that organises or follows the
-- investigation, the unit leading it, the team, the extension approved, the technical appraisals (whose time does
-- not count), the findings; the recommendations and responsibility decisions, each tracked to closure by a hazard
-- of source ACCIDENT_INVESTIGATION listed under that department (the hazard loop, not a copy of it).
CREATE TABLE accident_investigation (
    accident_id           bigint PRIMARY KEY REFERENCES accident (id),
    department_id         bigint NOT NULL REFERENCES department (id),
    leading_unit          text NOT NULL,
    team                  text[] NOT NULL DEFAULT '{}',
    opened_at             timestamptz NOT NULL,
    opened_by             bigint NOT NULL REFERENCES user_account (id),
    extension_days        integer NOT NULL DEFAULT 0 CHECK (extension_days BETWEEN 0 AND 60),
    extension_approved_by text,
    extension_reason      text,
    direct_cause          text,
    indirect_causes       text,
    nature                text CHECK (nature IN ('LIABILITY', 'NON_LIABILITY')),
    report_submitted_on   date,
    version               integer NOT NULL DEFAULT 0
);

CREATE TABLE accident_appraisal (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accident_id bigint NOT NULL REFERENCES accident_investigation (accident_id),
    from_day    date NOT NULL,
    to_day      date NOT NULL CHECK (to_day >= from_day),
    note        text NOT NULL DEFAULT ''
);
CREATE INDEX accident_appraisal_accident_idx ON accident_appraisal (accident_id);

CREATE TABLE accident_item (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accident_id bigint NOT NULL REFERENCES accident_investigation (accident_id),
    kind        text NOT NULL CHECK (kind IN ('RECOMMENDATION', 'RESPONSIBILITY')),
    text        text NOT NULL,
    responsible text NOT NULL,
    party_kind  text CHECK (party_kind IN ('UNIT', 'PERSON')),
    proposed    text[] NOT NULL DEFAULT '{}',
    decided     text[] NOT NULL DEFAULT '{}',
    decision_note text NOT NULL DEFAULT '',
    deadline    date NOT NULL,
    hazard_id   bigint NOT NULL REFERENCES hazard (id),
    created_at  timestamptz NOT NULL,
    created_by  bigint NOT NULL REFERENCES user_account (id)
);
CREATE INDEX accident_item_accident_idx ON accident_item (accident_id, id);
