-- The public's tip-offs (举报) for the crackdown on illegal mining and production (打非治违), and their triage by
-- the region's departments. Owner module: tipoff. The tracking code is kept only as its SHA-256: the reporter holds
-- the code, the database cannot give it back.
CREATE TABLE tip_off (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code_hash        text NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
    region_code      text NOT NULL REFERENCES region (code),
    sector           text,
    place            text NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
    description      text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    contact          text CHECK (length(contact) <= 100),
    status           text NOT NULL CHECK (status IN ('RECEIVED', 'HAZARD_OPENED', 'INSPECTION_ORDERED', 'REJECTED')),
    received_at      timestamptz NOT NULL,
    decided_at       timestamptz,
    decided_by       bigint REFERENCES user_account (id),
    decided_by_name  text,
    decision_note    text,
    hazard_id        bigint REFERENCES hazard (id),
    reward           text CHECK (reward IN ('GRANTED', 'DECLINED')),
    reward_amount    numeric(12, 2) CHECK (reward_amount > 0),
    reward_reason    text,
    reward_at        timestamptz,
    reward_by        bigint REFERENCES user_account (id),
    version          integer NOT NULL DEFAULT 0,
    CHECK ((status = 'RECEIVED') = (decided_at IS NULL)),
    CHECK ((status = 'HAZARD_OPENED') = (hazard_id IS NOT NULL)),
    CHECK ((reward = 'GRANTED') = (reward_amount IS NOT NULL))
);
CREATE UNIQUE INDEX tip_off_code_idx ON tip_off (code_hash);
CREATE INDEX tip_off_region_idx ON tip_off (region_code text_pattern_ops, id DESC);

CREATE TABLE tip_off_photo (
    tip_off_id    bigint NOT NULL REFERENCES tip_off (id),
    position      integer NOT NULL CHECK (position BETWEEN 0 AND 2),
    attachment_id bigint NOT NULL REFERENCES attachment (id),
    PRIMARY KEY (tip_off_id, position)
);
