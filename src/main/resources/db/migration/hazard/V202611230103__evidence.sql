-- Evidence integrity (issue 4): every evidence file used for a hazard's rectification, with its content hash and
-- perceptual hash, so that a photo already used for a different hazard (a suspected false rectification) is found
-- by an index, not by reading the hazards; and the flags such findings leave on a hazard.
ALTER TABLE hazard ADD COLUMN flags text[] NOT NULL DEFAULT '{}';

CREATE TABLE hazard_evidence (
    hazard_id     bigint NOT NULL REFERENCES hazard (id),
    attachment_id bigint NOT NULL REFERENCES attachment (id),
    enterprise_id bigint NOT NULL REFERENCES enterprise (id),
    sha256        text NOT NULL,
    phash         bigint,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (hazard_id, attachment_id)
);
-- identical files anywhere in the country
CREATE INDEX hazard_evidence_sha256_idx ON hazard_evidence (sha256);
-- near-identical images are compared within the enterprise (its evidence is hundreds of photos, not millions)
CREATE INDEX hazard_evidence_enterprise_idx ON hazard_evidence (enterprise_id) WHERE phash IS NOT NULL;
