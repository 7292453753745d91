-- The watch list (pattern screening, issue 6): enterprises whose rolling twelve months of major hazards, missed
-- deadlines, repeats, orders and orders not carried out reach the configured rule. One row per stay on the list.
CREATE TABLE watch_list_entry (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enterprise_id bigint NOT NULL REFERENCES enterprise (id),
    entered_at    timestamptz NOT NULL,
    left_at       timestamptz,
    score         integer NOT NULL,
    reasons       jsonb NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE UNIQUE INDEX watch_list_current_idx ON watch_list_entry (enterprise_id) WHERE left_at IS NULL;
