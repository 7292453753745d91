-- The six-item treatment plan of a major hazard (重大事故隐患治理方案), required with the five implementations before
-- its rectification starts.
ALTER TABLE hazard ADD COLUMN treatment_plan jsonb;
