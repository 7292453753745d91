-- A checklist built for a lesson roll-out (举一反三) reports its findings as hazards of that source.
ALTER TABLE checklist_template ADD COLUMN hazard_source text CHECK (hazard_source IN ('ACCIDENT_LESSON'));
