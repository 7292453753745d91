-- Identity: user accounts with roles and data scope, personal API tokens. Owner module: identity.
-- Foreign keys into org's tables keep a user's scope pointing at real regions, enterprises and departments.

CREATE TABLE user_account (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username            text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    password_hash       text NOT NULL,
    display_name        text NOT NULL,
    roles               text[] NOT NULL CHECK (cardinality(roles) > 0),
    region_code         text REFERENCES region (code), -- NULL: the whole country (administrators)
    sectors             text[] NOT NULL DEFAULT '{}',
    enterprise_id       bigint REFERENCES enterprise (id),
    department_id       bigint REFERENCES department (id),
    person_id           bigint REFERENCES person (id),
    enabled             boolean NOT NULL DEFAULT true,
    failed_logins       integer NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    version             integer NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    password_changed_at timestamptz NOT NULL
);

CREATE TABLE api_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    name         text NOT NULL,
    digest       text NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
