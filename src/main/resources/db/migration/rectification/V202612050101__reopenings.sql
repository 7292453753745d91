-- A closed item a re-inspection found not rectified is reopened by its assigning body; the count is the reopen rate's
-- numerator (tours' "second half" verified).
ALTER TABLE rectification ADD COLUMN reopenings integer NOT NULL DEFAULT 0;
