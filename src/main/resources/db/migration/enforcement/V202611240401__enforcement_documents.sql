-- Enforcement documents (执法文书, issue 6). Owner module: enforcement.
-- The number's prefix of each issuing authority (e.g. 阿左应急); without a row, the department's name shortened.
CREATE TABLE enforcement_authority (
    department_id bigint PRIMARY KEY REFERENCES department (id),
    prefix        text NOT NULL CHECK (length(prefix) BETWEEN 1 AND 20)
);

-- One gap-free sequence per authority, year and document type: the row is incremented inside the issuing
-- transaction, so a document that is not issued (rolled back) takes no number.
CREATE TABLE enforcement_counter (
    department_id bigint NOT NULL REFERENCES department (id),
    year          integer NOT NULL,
    type          text NOT NULL,
    last          integer NOT NULL,
    PRIMARY KEY (department_id, year, type)
);

CREATE TABLE enforcement_document (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type                text NOT NULL CHECK (type IN ('INSPECTION_RECORD', 'RECTIFICATION_ORDER', 'REVIEW_OPINION',
                                                      'ON_SITE_MEASURES', 'PENALTY_DECISION')),
    department_id       bigint NOT NULL REFERENCES department (id),
    year                integer NOT NULL,
    seq                 integer NOT NULL,
    number              text NOT NULL,
    enterprise_id       bigint NOT NULL REFERENCES enterprise (id),
    inspection_id       bigint REFERENCES inspection_run (id),
    hazard_ids          bigint[] NOT NULL DEFAULT '{}',
    legal_basis         text NOT NULL,
    deadline            date,
    body                text NOT NULL,
    reviews_document_id bigint REFERENCES enforcement_document (id),
    review_passed       boolean,
    penalty             jsonb,
    issued_at           timestamptz NOT NULL,
    issued_by           bigint NOT NULL REFERENCES user_account (id),
    ack_status          text NOT NULL DEFAULT 'PENDING' CHECK (ack_status IN ('PENDING', 'SIGNED', 'REFUSED')),
    ack_at              timestamptz,
    ack_signature_id    bigint REFERENCES attachment (id),
    ack_note            text,
    paid_on             date,
    UNIQUE (department_id, year, type, seq),
    UNIQUE (department_id, number)
);
CREATE INDEX enforcement_document_enterprise_idx ON enforcement_document (enterprise_id, id DESC);
CREATE UNIQUE INDEX enforcement_document_review_idx ON enforcement_document (reviews_document_id)
    WHERE reviews_document_id IS NOT NULL;
