-- An item's responsible leader when a record names one (a meeting decision's post and its holder), and the
-- reminders sent before a deadline (督办 blue notices): one per item and deadline, so an extension reminds again.
CREATE TABLE rectification_owner (
    rectification_id bigint PRIMARY KEY REFERENCES rectification (id),
    user_id          bigint REFERENCES user_account (id),
    post             text NOT NULL,
    name             text NOT NULL
);

CREATE TABLE rectification_reminder (
    rectification_id bigint NOT NULL REFERENCES rectification (id),
    deadline         date NOT NULL,
    sent_at          timestamptz NOT NULL,
    PRIMARY KEY (rectification_id, deadline)
);
