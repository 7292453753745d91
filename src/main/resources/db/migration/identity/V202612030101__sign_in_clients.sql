-- The clients (a digest of the address) each account has signed in from: a sign-in lock that many failures from
-- many addresses put on an account does not stop its owner on a client that signed in before. Owner: identity.
CREATE TABLE sign_in_client (
    account_id   bigint NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    client_key   text NOT NULL,
    last_success timestamptz NOT NULL,
    PRIMARY KEY (account_id, client_key)
);
