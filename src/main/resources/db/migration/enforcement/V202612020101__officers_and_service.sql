-- Enforcement officers' certificates (执法证): a document is signed by two officers of the issuing department, each
-- named with the number of the certificate that entitles them to enforce (行政处罚法 art. 42: 不得少于两人).
CREATE TABLE enforcement_certificate (
    user_id        bigint PRIMARY KEY REFERENCES user_account (id),
    certificate_no text NOT NULL CHECK (length(certificate_no) BETWEEN 1 AND 50),
    recorded_by    bigint NOT NULL REFERENCES user_account (id),
    recorded_at    timestamptz NOT NULL
);

-- The officers as they signed (name and certificate at issue time, later changes do not rewrite a document), the
-- second officer, and who received the document (the name the recipient gave when signing or refusing).
ALTER TABLE enforcement_document
    ADD COLUMN officers jsonb NOT NULL DEFAULT '[]'::jsonb,
    ADD COLUMN ack_name text,
    ADD COLUMN ack_recorded_by bigint REFERENCES user_account (id);
