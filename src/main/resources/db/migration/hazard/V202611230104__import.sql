-- Ledger imports (issue 4): a file validated in full before anything is written, then imported in one transaction
-- in the background; the row shows its progress to the page that polls it.
CREATE TABLE hazard_import (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_by  bigint NOT NULL REFERENCES user_account (id),
    file_name   text NOT NULL,
    status      text NOT NULL CHECK (status IN ('QUEUED', 'IMPORTING', 'DONE', 'FAILED')),
    total_rows  integer NOT NULL,
    done_rows   integer NOT NULL DEFAULT 0,
    error       text,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,  -- the heartbeat: moved with every progress update
    finished_at timestamptz
);
CREATE INDEX hazard_import_user_idx ON hazard_import (created_by, id DESC);
CREATE INDEX hazard_import_running_idx ON hazard_import (updated_at) WHERE status IN ('QUEUED', 'IMPORTING');
