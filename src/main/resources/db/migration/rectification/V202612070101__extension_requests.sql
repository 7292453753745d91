-- An extension the responsible party asked and the assigning body has not answered yet (督办: asked before the
-- deadline with the reason and the progress, answered within the configured working days). The history of asks,
-- grants and refusals is the item's timeline.
ALTER TABLE rectification
    ADD COLUMN extension_deadline  date,
    ADD COLUMN extension_reason    text,
    ADD COLUMN extension_progress  text,
    ADD COLUMN extension_asked_on  date,
    ADD COLUMN extension_answer_by date,
    ADD COLUMN extension_asked_by  text,
    ADD CONSTRAINT rectification_extension_whole CHECK (
        (extension_deadline IS NULL) = (extension_reason IS NULL)
        AND (extension_deadline IS NULL) = (extension_progress IS NULL)
        AND (extension_deadline IS NULL) = (extension_asked_on IS NULL)
        AND (extension_deadline IS NULL) = (extension_answer_by IS NULL)
        AND (extension_deadline IS NULL) = (extension_asked_by IS NULL));
