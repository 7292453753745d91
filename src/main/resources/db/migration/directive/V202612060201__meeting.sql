-- Meetings that study work safety and decide tasks (a party standing committee, a government executive meeting, a
-- safety committee meeting of a region), with the minutes, and their decisions: each owned by a post (its holder the
-- responsible leader), carried out by a responsible party as a rectification item of origin DIRECTIVE.
-- Owner module: directive. The record of meetings held is the evidence of the meeting duty (§1).
CREATE TABLE meeting (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                  text NOT NULL CHECK (kind IN ('PARTY_STANDING_COMMITTEE', 'GOVERNMENT_EXECUTIVE', 'SAFETY_COMMITTEE')),
    region_code           text NOT NULL REFERENCES region (code),
    held_on               date NOT NULL,
    topic                 text NOT NULL,
    minutes_attachment_id bigint,
    recorded_by           bigint NOT NULL REFERENCES user_account (id),
    recorded_by_name      text NOT NULL,
    created_at            timestamptz NOT NULL
);
CREATE INDEX meeting_region_idx ON meeting (region_code text_pattern_ops, held_on DESC);

CREATE TABLE meeting_decision (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id       bigint NOT NULL REFERENCES meeting (id),
    title            text NOT NULL,
    owner_post_id    bigint NOT NULL,
    owner_post       text NOT NULL,
    owner_name       text NOT NULL,
    owner_user_id    bigint REFERENCES user_account (id),
    rectification_id bigint NOT NULL
);
CREATE INDEX meeting_decision_meeting_idx ON meeting_decision (meeting_id, id);
