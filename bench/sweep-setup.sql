-- Prepares the overdue-sweep benchmark on a ledger loaded by bench/generate.sql: every owed hazard past its
-- deadline is put at the escalation tier it has reached under the default tiers (1, 7, 15 days), as if earlier
-- sweeps had run; then :crossing of them (default 10,000, 1 % of a million; Alxa Left Banner's first, where the
-- demo's principals, departments and leaders are to be notified) are moved back one tier, so that the next sweep
-- finds exactly those crossing a threshold. Today is taken in Asia/Shanghai.
--   psql "postgresql://postgres@localhost:15432/postgres" -v crossing=10000 -f bench/sweep-setup.sql
\set ON_ERROR_STOP on
\if :{?crossing} \else \set crossing 10000 \endif
\timing on

UPDATE hazard SET escalation_tier = CASE
        WHEN deadline <= (now() AT TIME ZONE 'Asia/Shanghai')::date - 15 THEN 3
        WHEN deadline <= (now() AT TIME ZONE 'Asia/Shanghai')::date - 7 THEN 2
        ELSE 1 END
WHERE status IN ('REPORTED', 'RECTIFYING') AND deadline < (now() AT TIME ZONE 'Asia/Shanghai')::date;

UPDATE hazard SET escalation_tier = escalation_tier - 1
WHERE id IN (SELECT id FROM hazard
             WHERE status IN ('REPORTED', 'RECTIFYING') AND escalation_tier > 0
             ORDER BY region_code = '152921' DESC, id LIMIT :crossing);

VACUUM (ANALYZE) hazard;
SELECT escalation_tier, count(*) FROM hazard WHERE status IN ('REPORTED', 'RECTIFYING') GROUP BY 1 ORDER BY 1;
