-- Evidence integrity (issue 4): for images, the dimensions, a 64-bit perceptual hash (dHash) to recognise
-- near-identical photos, and whether a thumbnail is stored beside the file.
ALTER TABLE attachment
    ADD COLUMN width     integer,
    ADD COLUMN height    integer,
    ADD COLUMN phash     bigint,
    ADD COLUMN thumbnail boolean NOT NULL DEFAULT false;
