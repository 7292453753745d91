-- An investigation's recommendations and responsibilities for an authority are that authority's rectification
-- items, not hazards on the enterprise's record (ADR 0009). An item is tracked by a hazard (the enterprise's own) or
-- by a rectification item (a department's, a government's), never both.
ALTER TABLE accident_item
    ADD COLUMN rectification_id bigint REFERENCES rectification (id),
    ALTER COLUMN hazard_id DROP NOT NULL,
    ADD CONSTRAINT accident_item_tracked_once CHECK ((hazard_id IS NULL) <> (rectification_id IS NULL));

-- Items recorded before this change whose responsible names a department (exactly, as the organiser typed it) or a
-- region's people's government move to a rectification item of that authority, with the hazard's state; the
-- tracking hazard, which sat on the enterprise, is removed with its own rows (its audit entries stay).
CREATE TEMPORARY TABLE moved_item ON COMMIT DROP AS
SELECT nextval(pg_get_serial_sequence('rectification', 'id')) AS rectification_id, i.id AS item_id, i.accident_id, h.id AS hazard_id, h.status AS hazard_status, h.title, h.description,
       h.plan, h.evidence, h.evidence_ids, h.rejections, h.verification_opinion, h.closed_at, h.closed_by,
       h.deadline, h.extensions, h.reported_by, h.created_at, h.updated_at,
       party.kind, party.id AS party_id, party.region AS party_region, party.name AS party_name,
       party.region_code, inv.department_id AS assigner_department_id, d.name AS assigner_name,
       d.region_code AS assigner_region
FROM accident_item i
JOIN hazard h ON h.id = i.hazard_id
JOIN accident_investigation inv ON inv.accident_id = i.accident_id
JOIN department d ON d.id = inv.department_id
JOIN LATERAL (
    SELECT 'DEPARTMENT' AS kind, dep.id, NULL::text AS region, dep.name, dep.region_code
    FROM department dep WHERE dep.name = i.responsible
    UNION ALL
    SELECT 'GOVERNMENT', NULL::bigint, r.code, r.name || '人民政府', r.code
    FROM region r WHERE r.name || '人民政府' = i.responsible
    LIMIT 1
) party ON true
WHERE h.source = 'ACCIDENT_INVESTIGATION';

INSERT INTO rectification (id, origin, origin_id, title, description, responsible_kind, responsible_id,
    responsible_region, responsible_name, region_code, assigned_by, assigner_name, assigner_department_id,
    assigner_region, status, assigned_on, deadline, original_deadline, plan, measures, last_report_on, evidence,
    evidence_ids, extensions, rejections, opinion, closed_at, closed_by, created_at, updated_at)
OVERRIDING SYSTEM VALUE
SELECT m.rectification_id, 'INVESTIGATION', m.accident_id, m.title, m.description, m.kind, m.party_id,
       m.party_region, m.party_name, m.region_code, m.reported_by, m.assigner_name, m.assigner_department_id,
       m.assigner_region,
       CASE m.hazard_status WHEN 'REPORTED' THEN 'ASSIGNED' ELSE m.hazard_status END,
       (m.created_at AT TIME ZONE 'Asia/Shanghai')::date, m.deadline, m.deadline, m.plan,
       m.plan,
       CASE WHEN m.plan IS NULL THEN NULL ELSE (m.updated_at AT TIME ZONE 'Asia/Shanghai')::date END,
       m.evidence, m.evidence_ids, m.extensions, m.rejections, m.verification_opinion, m.closed_at, m.closed_by,
       m.created_at, m.updated_at
FROM moved_item m;

INSERT INTO rectification_event (rectification_id, type, at, actor_id, actor_name, from_status, to_status, detail)
SELECT m.rectification_id, 'ASSIGNED', m.created_at, m.reported_by, u.display_name, NULL, 'ASSIGNED',
       jsonb_build_object('responsible', m.party_name, 'deadline', m.deadline::text, 'origin', 'INVESTIGATION',
                          'movedFromHazard', m.hazard_id)
FROM moved_item m JOIN user_account u ON u.id = m.reported_by;

UPDATE accident_item i SET rectification_id = m.rectification_id, hazard_id = NULL
FROM moved_item m WHERE i.id = m.item_id;

DELETE FROM hazard_event WHERE hazard_id IN (SELECT hazard_id FROM moved_item);
DELETE FROM hazard_text WHERE hazard_id IN (SELECT hazard_id FROM moved_item);
DELETE FROM hazard_evidence WHERE hazard_id IN (SELECT hazard_id FROM moved_item);
DELETE FROM hazard_citation WHERE hazard_id IN (SELECT hazard_id FROM moved_item);
DELETE FROM hazard_major_report WHERE hazard_id IN (SELECT hazard_id FROM moved_item);
DELETE FROM hazard_suspension WHERE hazard_id IN (SELECT hazard_id FROM moved_item);
DELETE FROM hazard_order WHERE hazard_id IN (SELECT hazard_id FROM moved_item);
DELETE FROM hazard WHERE id IN (SELECT hazard_id FROM moved_item);
