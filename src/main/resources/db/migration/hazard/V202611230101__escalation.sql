-- Overdue escalation (issue 4): how far up the responsibility chain an overdue hazard has been escalated.
-- 0 none, 1 the enterprise principal (the hazard is marked overdue), 2 the supervising department, 3 the region's
-- leaders. Adding a column with a constant default rewrites nothing.
ALTER TABLE hazard ADD COLUMN escalation_tier smallint NOT NULL DEFAULT 0 CHECK (escalation_tier BETWEEN 0 AND 3);

-- The sweep's index: only rectifications still owed and not yet escalated to the top, by tier and deadline, so a
-- sweep reads the hazards crossing a threshold and nothing else (fully escalated and closed hazards are not in it).
CREATE INDEX hazard_escalation_idx ON hazard (escalation_tier, deadline)
    WHERE status IN ('REPORTED', 'RECTIFYING') AND escalation_tier < 3;
