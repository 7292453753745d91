-- The rescue and aftermath log (issue 7): timestamped entries on the accident, when it happened and when recorded.
CREATE TABLE accident_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accident_id bigint NOT NULL REFERENCES accident (id),
    at          timestamptz NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('RESCUE_PROGRESS', 'PEOPLE_FOUND', 'SECONDARY_EVENT', 'RESOURCES',
                                              'AFTERMATH', 'OTHER')),
    text        text NOT NULL,
    by_id       bigint NOT NULL REFERENCES user_account (id),
    by_name     text NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX accident_log_accident_idx ON accident_log (accident_id, at, id);
