-- Listed supervision (挂牌督办, issue 4): a department lists a hazard at county, city or province level, with
-- itself as the supervising unit, a notice number and a deadline. Closing a listed hazard needs that unit's
-- verification; a failed one keeps it on the books (继续挂账) until the responsible unit explains in writing.
ALTER TABLE hazard
    ADD COLUMN listing_level         text CHECK (listing_level IN ('COUNTY', 'CITY', 'PROVINCE')),
    ADD COLUMN listing_department_id bigint REFERENCES department (id),
    ADD COLUMN listing_notice_no     text,
    ADD COLUMN listing_deadline      date,
    ADD COLUMN listed_at             timestamptz,
    ADD COLUMN listed_by             bigint REFERENCES user_account (id),
    ADD COLUMN explanation_due       boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT hazard_listing_complete CHECK ((listing_level IS NULL) = (listing_department_id IS NULL)
        AND (listing_level IS NULL) = (listing_deadline IS NULL) AND (listing_level IS NULL) = (listed_at IS NULL));

-- Listed hazards still open, per supervising unit: dashboards and the department's panel read only these.
CREATE INDEX hazard_listed_idx ON hazard (listing_department_id, listing_deadline)
    WHERE listing_level IS NOT NULL AND status <> 'CLOSED';
