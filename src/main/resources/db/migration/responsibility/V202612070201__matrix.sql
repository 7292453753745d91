-- The responsibility matrix of each region (党政同责、一岗双责): its posts — the party secretary and the government
-- head (first responsible), the leader in charge of work safety, the leaders in charge of sectors — and who held
-- each from which day to which. Owner module: responsibility. A post's role and sectors never change; history is
-- appended to (a term ends, the next begins), so any past day's matrix can be read back.
CREATE TABLE leader_post (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code text NOT NULL REFERENCES region (code),
    role        text NOT NULL CHECK (role IN ('PARTY_SECRETARY', 'GOVERNMENT_HEAD', 'SAFETY_LEADER', 'SECTOR_LEADER')),
    title       text NOT NULL,
    sectors     text[] NOT NULL DEFAULT '{}',
    version     integer NOT NULL DEFAULT 0,
    created_by  bigint NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX leader_post_single_idx ON leader_post (region_code, role) WHERE role <> 'SECTOR_LEADER';
CREATE INDEX leader_post_region_idx ON leader_post (region_code);

CREATE TABLE leader_holding (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id     bigint NOT NULL REFERENCES leader_post (id),
    person_id   bigint NOT NULL REFERENCES person (id),
    person_name text NOT NULL,
    held_from   date NOT NULL,
    held_to     date,
    recorded_by bigint NOT NULL,
    recorded_at timestamptz NOT NULL,
    CHECK (held_to IS NULL OR held_to >= held_from)
);
CREATE UNIQUE INDEX leader_holding_open_idx ON leader_holding (post_id) WHERE held_to IS NULL;
CREATE INDEX leader_holding_post_idx ON leader_holding (post_id, held_from);
CREATE INDEX leader_holding_person_idx ON leader_holding (person_id);
