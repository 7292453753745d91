-- The supervision class an enterprise had when: a draw's verification re-reads its pool as of the draw's time, and
-- plan progress counts an inspection under the class the enterprise had when it was inspected. Rows never overlap
-- for one enterprise (the open one has valid_to NULL); no row at a time means GENERAL, the default.
CREATE TABLE enterprise_class_history (
    enterprise_id bigint NOT NULL REFERENCES enterprise (id),
    class         text NOT NULL CHECK (class IN ('KEY', 'GENERAL')),
    valid_from    timestamptz NOT NULL,
    valid_to      timestamptz,
    set_by        bigint NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (enterprise_id, valid_from)
);
CREATE UNIQUE INDEX enterprise_class_history_open_idx ON enterprise_class_history (enterprise_id) WHERE valid_to IS NULL;

-- The classes set before this table existed hold from when they were set (GENERAL before: the default).
INSERT INTO enterprise_class_history (enterprise_id, class, valid_from, valid_to, set_by)
SELECT enterprise_id, class, set_at, NULL, set_by FROM enterprise_class;
