-- A campaign's sector checklists (issue 18): for each of its sectors, the checklist template its enterprises run
-- (made at launch from the configured sector checklists, region_code the campaign's), and the items a region below
-- added of its own for its subtree (region_code that region's); and the hazards its checklists' runs turned up.
-- Owner module: campaign (it reads checklist_template and hazard ids, never writes them).
CREATE TABLE campaign_checklist (
    campaign_id bigint NOT NULL REFERENCES campaign (id),
    sector      text NOT NULL,
    region_code text NOT NULL REFERENCES region (code),
    template_id bigint NOT NULL UNIQUE REFERENCES checklist_template (id),
    PRIMARY KEY (campaign_id, sector, region_code)
);

CREATE TABLE campaign_finding (
    campaign_id   bigint NOT NULL REFERENCES campaign (id),
    hazard_id     bigint NOT NULL REFERENCES hazard (id),
    run_id        bigint NOT NULL,
    enterprise_id bigint NOT NULL REFERENCES enterprise (id),
    PRIMARY KEY (campaign_id, hazard_id)
);
CREATE INDEX campaign_finding_hazard_idx ON campaign_finding (hazard_id);
