-- The enforcement documents that ordered a hazard's rectification (责令限期整改, 现场处理措施, 行政处罚): the
-- repeat-violation rule ("明知故犯、屡禁不止") looks for an earlier hazard of the same clause that was ordered
-- rectified or was closed within the window.
CREATE TABLE hazard_order (
    hazard_id       bigint NOT NULL REFERENCES hazard (id),
    document_number text NOT NULL,
    document_type   text NOT NULL,
    ordered_at      timestamptz NOT NULL,
    PRIMARY KEY (hazard_id, document_number)
);
CREATE INDEX hazard_citation_repeat_idx ON hazard_citation (standard_code, number);
