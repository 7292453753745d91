-- Hazards already major when the dual report arrived owe both halves too, due a day after this migration (the
-- default of safeledger.major-hazard.report-within; their grading time is on the timeline, not on the row).
INSERT INTO hazard_major_report (hazard_id, channel, due_at)
SELECT h.id, c.channel, now() + interval '1 day'
FROM hazard h CROSS JOIN (VALUES ('REGULATOR'), ('WORKERS_CONGRESS')) AS c(channel)
WHERE h.grade = 'MAJOR' AND h.status <> 'CLOSED'
ON CONFLICT (hazard_id, channel) DO NOTHING;
