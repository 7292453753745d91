-- Major hazards by the book (issue 5): the clauses of a determination standard a hazard cites (a snapshot of the
-- version judged against, kept when newer versions arrive), and the five implementations (五落实) its
-- rectification needs before it may start.
CREATE TABLE hazard_citation (
    hazard_id     bigint NOT NULL REFERENCES hazard (id),
    clause_id     bigint NOT NULL REFERENCES standard_clause (id),
    standard_code text NOT NULL,
    version_key   text NOT NULL,
    number        text NOT NULL,
    text          text NOT NULL,
    cited_at      timestamptz NOT NULL,
    cited_by      bigint NOT NULL,
    PRIMARY KEY (hazard_id, clause_id)
);

ALTER TABLE hazard ADD COLUMN five_implementations jsonb;
