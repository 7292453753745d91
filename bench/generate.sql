-- Loads a realistic ledger for benchmarks: :enterprises enterprises (default 20,000) over all 2,850 counties, 5 %
-- of them in Alxa Left Banner (152921) and :imshare % (default 0) more in Inner Mongolia's 103 counties, and :hazards
-- hazards (default 1,000,000) over :years years (default 3), with their timeline events (reported, assigned,
-- submitted, accepted, as far as each got) when :events is on (default off). Status mix as a working ledger has it:
-- most closed; :openshare of them (default 0.38) open, recent, some past their deadline.
--   psql "postgresql://postgres@localhost:15432/postgres" -v hazards=1000000 -f bench/generate.sql
--   ten million over five years (bench/dashboard.sh):
--   ... -v hazards=10000000 -v enterprises=100000 -v years=5 -v openshare=0.05 -v imshare=30 -v events=1
-- The statistics' tallies are counted once at the end (hazard_tally_rebuild()), their triggers off during the load.
-- Bench rows are marked: enterprise names start with 'BENCH', credit codes with 'B' (not valid codes on purpose,
-- so they can never be mistaken for real ones).
\set ON_ERROR_STOP on
\if :{?hazards} \else \set hazards 1000000 \endif
\if :{?enterprises} \else \set enterprises 20000 \endif
\if :{?years} \else \set years 3 \endif
\if :{?openshare} \else \set openshare 0.38 \endif
\if :{?imshare} \else \set imshare 0 \endif
\if :{?events} \else \set events 0 \endif
ALTER TABLE hazard DISABLE TRIGGER hazard_tally_insert;
ALTER TABLE hazard DISABLE TRIGGER hazard_tally_update;
\timing on

CREATE TEMP TABLE counties AS
    SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM region WHERE level = 'COUNTY';
CREATE TEMP TABLE im_counties AS
    SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM region WHERE level = 'COUNTY' AND code LIKE '15%';

INSERT INTO enterprise (name, credit_code, region_code, sectors, address, created_at, updated_at)
SELECT 'BENCH 企业' || g,
       'B' || lpad(g::text, 17, '0'),
       CASE WHEN g % 20 = 0 THEN '152921'
            WHEN g % 100 < :imshare THEN (SELECT code FROM im_counties WHERE n = g % (SELECT count(*) FROM im_counties))
            ELSE (SELECT code FROM counties WHERE n = g % 2850) END,
       ARRAY[(ARRAY['COAL_MINE','NON_COAL_MINE','HAZARDOUS_CHEMICALS','BUILDING_CONSTRUCTION','INDUSTRY_TRADE',
                    'TOWN_GAS','CROWDED_PLACES','FIRE_SAFETY','TOURIST_FACILITIES','WATER_TRAFFIC_FISHING'])[1 + g % 10]],
       'BENCH 地址 ' || g, now(), now()
FROM generate_series(1, :enterprises) AS g;

CREATE TEMP TABLE bench_enterprise AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, region_code, sectors[1] AS sector
    FROM enterprise WHERE name LIKE 'BENCH %';
CREATE INDEX ON bench_enterprise (n);
ANALYZE bench_enterprise;

INSERT INTO hazard (enterprise_id, region_code, title, description, location, sector, source, grade, status,
                    discovered_at, discovered_by, reported_by, plan, responsible_person, deadline, evidence,
                    closed_at, closed_by, verification_opinion, created_at, updated_at)
SELECT e.id, e.region_code,
       (ARRAY['边坡裂缝未监测','消防通道堵塞','灭火器过期','安全出口锁闭','电气线路私拉乱接','有限空间作业未审批',
              '脚手架连墙件缺失','燃气管道腐蚀','排水沟堵塞','特种作业人员无证上岗'])[1 + (g % 10)] || ' #' || g,
       '批量生成的基准测试隐患，第 ' || g || ' 条', '作业区 ' || (g % 97) || ' 号', e.sector,
       (ARRAY['SELF_INSPECTION','SELF_INSPECTION','SELF_INSPECTION','ENFORCEMENT_INSPECTION','CAMPAIGN',
              'PUBLIC_REPORT'])[1 + (g % 6)],
       'GENERAL', h.status, h.discovered_at, '基准测试', (SELECT min(id) FROM user_account),
       CASE WHEN h.status <> 'REPORTED' THEN '按规定整改' END,
       CASE WHEN h.status <> 'REPORTED' THEN '责任人' || (g % 50) END,
       CASE WHEN h.status <> 'REPORTED' THEN (h.discovered_at AT TIME ZONE 'Asia/Shanghai')::date + 7 + (g % 53) END,
       CASE WHEN h.status IN ('SUBMITTED', 'CLOSED') THEN '已整改' END,
       CASE WHEN h.status = 'CLOSED' THEN h.discovered_at + interval '20 days' END,
       CASE WHEN h.status = 'CLOSED' THEN (SELECT min(id) FROM user_account) END,
       CASE WHEN h.status = 'CLOSED' THEN '同意销号' END,
       h.discovered_at, h.discovered_at
FROM generate_series(1, :hazards) AS g
CROSS JOIN LATERAL (SELECT CASE WHEN r < 1 - :openshare THEN 'CLOSED'
                                WHEN r < 1 - :openshare * 0.53 THEN 'RECTIFYING'
                                WHEN r < 1 - :openshare * 0.32 THEN 'SUBMITTED' ELSE 'REPORTED' END AS status,
                           r
                    FROM (SELECT random() + 0 * g AS r OFFSET 0) x) s
CROSS JOIN LATERAL (SELECT s.status,
                           CASE WHEN s.status = 'CLOSED' THEN now() - interval '21 days'
                                                                   - random() * (:years * interval '365 days')
                                ELSE now() - random() * interval '120 days' END AS discovered_at
                    OFFSET 0) h
JOIN bench_enterprise e ON e.n = (g::bigint * 7919) % :enterprises;

INSERT INTO hazard_text (hazard_id, text)
SELECT id, title || ' ' || description || ' ' || location FROM hazard
WHERE id NOT IN (SELECT hazard_id FROM hazard_text);

\if :events
-- the timeline as the loop leaves it: reported when found, assigned a day later, submitted and accepted on closing
INSERT INTO hazard_event (hazard_id, at, actor_id, actor_name, type, from_status, to_status)
SELECT h.id, e.at, h.reported_by, '基准测试', e.type, e.from_status, e.to_status
FROM hazard h
CROSS JOIN LATERAL (VALUES
    ('REPORTED', h.discovered_at, NULL, 'REPORTED', true),
    ('ASSIGNED', h.discovered_at + interval '1 day', 'REPORTED', 'RECTIFYING', h.status <> 'REPORTED'),
    ('SUBMITTED', coalesce(h.closed_at, h.discovered_at + interval '2 days') - interval '1 day', 'RECTIFYING',
     'SUBMITTED', h.status IN ('SUBMITTED', 'CLOSED')),
    ('ACCEPTED', h.closed_at, 'SUBMITTED', 'CLOSED', h.status = 'CLOSED')) AS e(type, at, from_status, to_status, happened)
WHERE e.happened AND h.title LIKE '%#%' AND NOT EXISTS (SELECT 1 FROM hazard_event x WHERE x.hazard_id = h.id);
VACUUM (ANALYZE) hazard_event;
\endif

ALTER TABLE hazard ENABLE TRIGGER hazard_tally_insert;
ALTER TABLE hazard ENABLE TRIGGER hazard_tally_update;
SELECT hazard_tally_rebuild();
VACUUM (ANALYZE) hazard_found_tally;
VACUUM (ANALYZE) hazard_closed_tally;
VACUUM (ANALYZE) hazard_open_tally;
ANALYZE enterprise;
VACUUM (ANALYZE) hazard_text;
VACUUM (ANALYZE) hazard;  -- as autovacuum would have over the years, so counts can use index-only scans
SELECT status, count(*) FROM hazard GROUP BY status ORDER BY status;
