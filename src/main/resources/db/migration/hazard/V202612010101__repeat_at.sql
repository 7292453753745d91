-- When a hazard became a repeat violation (the REPEAT flag: a clause cited again, or a false rectification
-- confirmed). The watch list counts repeats in its window by this time, not by when the hazard was discovered:
-- a falsification confirmed today on a hazard found two years ago counts today.
ALTER TABLE hazard ADD COLUMN repeat_at timestamptz;

UPDATE hazard h SET repeat_at = (
    SELECT min(ev.at) FROM hazard_event ev
    WHERE ev.hazard_id = h.id
    AND ((ev.type = 'FLAGGED' AND ev.detail ->> 'flag' = 'REPEAT') OR ev.type = 'FALSIFIED_CONFIRMED'))
WHERE 'REPEAT' = ANY(h.flags);
UPDATE hazard SET repeat_at = updated_at WHERE 'REPEAT' = ANY(flags) AND repeat_at IS NULL;

CREATE INDEX hazard_repeat_at_idx ON hazard (repeat_at) WHERE repeat_at IS NOT NULL;
