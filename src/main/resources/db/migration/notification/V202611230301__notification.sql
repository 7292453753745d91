-- Notifications (issue 4): the in-app inbox, each person's channels, outgoing webhooks, and the delivery log of
-- e-mail and webhook messages. Owner module: notification.

-- The inbox: one row per person and message. The text is rendered when read, in the reader's language, from the
-- kind's message and its arguments.
CREATE TABLE notification (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES user_account (id),
    kind       text NOT NULL,
    subject    text NOT NULL,               -- what it is about, e.g. hazard:42
    link       text NOT NULL,               -- the page to open
    args       jsonb NOT NULL DEFAULT '[]', -- the message's arguments, in order
    created_at timestamptz NOT NULL,
    read_at    timestamptz
);
CREATE INDEX notification_inbox_idx ON notification (user_id, id DESC);
CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;

-- A person's channels: the inbox always; e-mail when enabled with an address; the province's messaging platform
-- (webhooks) unless turned off.
CREATE TABLE notification_preference (
    user_id         bigint PRIMARY KEY REFERENCES user_account (id),
    email_enabled   boolean NOT NULL DEFAULT false,
    email           text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
    webhook_enabled boolean NOT NULL DEFAULT true,
    language        text NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en')),
    updated_at      timestamptz NOT NULL,
    CHECK (NOT email_enabled OR email IS NOT NULL)
);

-- Outgoing webhooks: a messaging platform that receives the notifications of a region subtree (all when null),
-- each request signed with the webhook's secret (HMAC-SHA256).
CREATE TABLE webhook (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL,
    url         text NOT NULL CHECK (url ~ '^https?://'),
    secret      text NOT NULL,
    region_code text REFERENCES region (code),
    enabled     boolean NOT NULL DEFAULT true,
    created_by  bigint NOT NULL REFERENCES user_account (id),
    created_at  timestamptz NOT NULL
);

-- One message to send on one channel, retried with back-off until sent or given up.
CREATE TABLE delivery (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notification_id bigint NOT NULL REFERENCES notification (id),
    channel         text NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK')),
    webhook_id      bigint REFERENCES webhook (id),
    target          text NOT NULL,          -- the address or the URL at the time of sending
    status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL,
    CHECK ((channel = 'WEBHOOK') = (webhook_id IS NOT NULL))
);
CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_webhook_idx ON delivery (webhook_id, id DESC) WHERE webhook_id IS NOT NULL;

-- Every attempt, for the delivery log: when, the HTTP status or SMTP outcome, the error.
CREATE TABLE delivery_attempt (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id bigint NOT NULL REFERENCES delivery (id),
    at          timestamptz NOT NULL,
    success     boolean NOT NULL,
    http_status integer,
    error       text
);
CREATE INDEX delivery_attempt_delivery_idx ON delivery_attempt (delivery_id, id);
