-- Lesson roll-outs (举一反三, issue 7): from an accident or a major hazard, a check of every similar enterprise of a
-- region with a checklist built from the causes; the targets are fixed when launched.
CREATE TABLE lesson_rollout (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         text NOT NULL,
    accident_id   bigint REFERENCES accident (id),
    hazard_id     bigint REFERENCES hazard (id),
    template_id   bigint NOT NULL REFERENCES checklist_template (id),
    region_code   text NOT NULL REFERENCES region (code),
    sector        text NOT NULL,
    mine_type     text,
    deadline      date NOT NULL,
    launched_at   timestamptz NOT NULL,
    launched_by   bigint NOT NULL REFERENCES user_account (id),
    CHECK ((accident_id IS NULL) <> (hazard_id IS NULL))
);
CREATE INDEX lesson_rollout_region_idx ON lesson_rollout (region_code text_pattern_ops, id DESC);

CREATE TABLE lesson_target (
    rollout_id    bigint NOT NULL REFERENCES lesson_rollout (id),
    enterprise_id bigint NOT NULL REFERENCES enterprise (id),
    PRIMARY KEY (rollout_id, enterprise_id)
);
CREATE INDEX lesson_target_enterprise_idx ON lesson_target (enterprise_id);
