-- The ceiling for the API lifecycle of bench/lifecycle.lua: the same SQL statements SafeLedger runs for one
-- hazard's report, assign, submit and accept (four transactions; per step the token owner's lookup, the hazard's
-- read in scope, the update, the timeline event and the audit entry), straight from pgbench, without HTTP, JSON
-- or Java.
--   pgbench -n -M prepared -c 8 -j 2 -T 30 -D enterprise=<mine1's enterprise id> -D user=<mine1's user id> \
--           -f bench/lifecycle.sql "postgresql://postgres@localhost:15432/postgres"
-- report
SELECT * FROM user_account WHERE username = 'mine1';
BEGIN;
SELECT e.* FROM enterprise e WHERE e.id = :enterprise AND e.id = :enterprise;
INSERT INTO hazard (enterprise_id, region_code, title, description, location, longitude, latitude, sector, source, grade,
    status, discovered_at, discovered_by, reported_by, photo_ids, plan, responsible_person, deadline, evidence,
    evidence_ids, rectified_on_spot, created_at, updated_at)
VALUES (:enterprise, '152921', '基准测试隐患', '负载测试', '测试区', NULL, NULL, 'COAL_MINE', 'SELF_INSPECTION', 'GENERAL',
    'REPORTED', now(), '李志刚', :user, '{}', NULL, NULL, NULL, NULL, '{}', false, now(), now()) RETURNING id \gset
INSERT INTO hazard_text (hazard_id, text) VALUES (:id, '基准测试隐患 负载测试 测试区');
INSERT INTO hazard_event (hazard_id, at, actor_id, actor_name, type, from_status, to_status, detail)
VALUES (:id, now(), :user, '李志刚', 'REPORTED', NULL, 'REPORTED', '{"title":"基准测试隐患","sector":"COAL_MINE"}');
INSERT INTO audit_entry (at, actor, action, target, detail)
VALUES (now(), 'mine1', 'hazard.report', 'hazard:' || :id, '{"title":"基准测试隐患","sector":"COAL_MINE"}');
COMMIT;
-- assign
SELECT * FROM user_account WHERE username = 'mine1';
BEGIN;
SELECT h.*, e.name AS enterprise_name FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id
WHERE h.id = :id AND h.region_code = '152921' AND h.enterprise_id = :enterprise;
UPDATE hazard SET status = 'RECTIFYING', plan = '整改', responsible_person = '王工', deadline = current_date + 10,
    extensions = 0, evidence = NULL, evidence_ids = '{}', cost_yuan = NULL, rejections = 0, verification_opinion = NULL,
    closed_at = NULL, closed_by = NULL, updated_at = now(), version = version + 1 WHERE id = :id AND version = 0;
INSERT INTO hazard_event (hazard_id, at, actor_id, actor_name, type, from_status, to_status, detail)
VALUES (:id, now(), :user, '李志刚', 'ASSIGNED', 'REPORTED', 'RECTIFYING', '{"plan":{"before": null,"after":"整改"}}');
INSERT INTO audit_entry (at, actor, action, target, detail)
VALUES (now(), 'mine1', 'hazard.assign', 'hazard:' || :id, '{"plan":{"before": null,"after":"整改"}}');
COMMIT;
-- submit
SELECT * FROM user_account WHERE username = 'mine1';
BEGIN;
SELECT h.*, e.name AS enterprise_name FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id
WHERE h.id = :id AND h.region_code = '152921' AND h.enterprise_id = :enterprise;
UPDATE hazard SET status = 'SUBMITTED', evidence = '已整改', evidence_ids = '{}', updated_at = now(),
    version = version + 1 WHERE id = :id AND version = 1;
INSERT INTO hazard_event (hazard_id, at, actor_id, actor_name, type, from_status, to_status, detail)
VALUES (:id, now(), :user, '李志刚', 'SUBMITTED', 'RECTIFYING', 'SUBMITTED', '{"evidence":{"before": null,"after":"已整改"}}');
INSERT INTO audit_entry (at, actor, action, target, detail)
VALUES (now(), 'mine1', 'hazard.submit', 'hazard:' || :id, '{"evidence":{"before": null,"after":"已整改"}}');
COMMIT;
-- accept
SELECT * FROM user_account WHERE username = 'mine1';
BEGIN;
SELECT h.*, e.name AS enterprise_name FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id
WHERE h.id = :id AND h.region_code = '152921' AND h.enterprise_id = :enterprise;
UPDATE hazard SET status = 'CLOSED', verification_opinion = '同意销号', closed_at = now(), closed_by = :user,
    updated_at = now(), version = version + 1 WHERE id = :id AND version = 2;
INSERT INTO hazard_event (hazard_id, at, actor_id, actor_name, type, from_status, to_status, detail)
VALUES (:id, now(), :user, '李志刚', 'ACCEPTED', 'SUBMITTED', 'CLOSED', '{"opinion":"同意销号"}');
INSERT INTO audit_entry (at, actor, action, target, detail)
VALUES (now(), 'mine1', 'hazard.accept', 'hazard:' || :id, '{"opinion":"同意销号"}');
COMMIT;
