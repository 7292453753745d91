-- A file the public sends through an anonymous form (a tip-off's photos) has no account behind it: uploaded_by is
-- NULL for those, and only those. Owner module: attachment.
ALTER TABLE attachment ALTER COLUMN uploaded_by DROP NOT NULL;
