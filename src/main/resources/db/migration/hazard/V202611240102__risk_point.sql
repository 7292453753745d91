-- A hazard belongs to the risk point whose controls failed (dual prevention: risk grading and hazard
-- investigation linked). Optional.
ALTER TABLE hazard ADD COLUMN risk_point_id bigint REFERENCES risk_point (id);
CREATE INDEX hazard_risk_point_idx ON hazard (risk_point_id) WHERE risk_point_id IS NOT NULL;
