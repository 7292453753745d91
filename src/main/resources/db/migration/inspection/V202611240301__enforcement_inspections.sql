-- Law-enforcement inspections (issue 6). Owner module: inspection.
-- A double-random draw (双随机): the pool of enterprises and the roster of inspectors as they were, the parameters,
-- the seed and the result, so that anyone can re-run the published algorithm and get the same teams.
CREATE TABLE inspection_draw (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    department_id       bigint NOT NULL REFERENCES department (id),
    region_code         text NOT NULL,
    sectors             text[] NOT NULL,
    draw_count          integer NOT NULL CHECK (draw_count > 0),
    inspectors_per_team integer NOT NULL CHECK (inspectors_per_team >= 2),
    exclude_days        integer,          -- enterprises inspected within this many days before the draw left out
    avoid_days          integer,          -- an inspector not sent back to an enterprise inspected within this many days
    seed                bigint NOT NULL,
    pool                bigint[] NOT NULL,
    roster              bigint[] NOT NULL,
    avoid               jsonb NOT NULL,   -- {enterpriseId: [inspector ids to avoid]} as it was at the draw
    teams               jsonb NOT NULL,   -- [{enterpriseId, inspectorIds}] in draw order
    created_at          timestamptz NOT NULL,
    created_by          bigint NOT NULL REFERENCES user_account (id)
);
CREATE INDEX inspection_draw_department_idx ON inspection_draw (department_id, id DESC);

-- A run is a self-inspection (SELF) or a law-enforcement inspection (ENFORCEMENT) with its mode (四不两直 or
-- announced), team, the draw it came from, and the on-site measures taken.
ALTER TABLE inspection_run
    ADD COLUMN kind text NOT NULL DEFAULT 'SELF' CHECK (kind IN ('SELF', 'ENFORCEMENT')),
    ADD COLUMN mode text CHECK (mode IN ('UNANNOUNCED', 'ANNOUNCED')),
    ADD COLUMN team bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN draw_id bigint REFERENCES inspection_draw (id),
    ADD COLUMN department_id bigint REFERENCES department (id),
    ADD COLUMN measures text;
CREATE INDEX inspection_run_enforcement_idx ON inspection_run (enterprise_id, started_at) WHERE kind = 'ENFORCEMENT';
CREATE INDEX inspection_run_published_idx ON inspection_run (completed_at DESC)
    WHERE kind = 'ENFORCEMENT' AND draw_id IS NOT NULL AND status = 'COMPLETED';
