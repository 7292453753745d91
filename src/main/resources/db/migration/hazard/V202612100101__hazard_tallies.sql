-- Hazard tallies (issue 19): the statistics' pre-aggregated counts, kept exact on every write. Owner: hazard.
--
-- Three rollups, each a count per key:
--   hazard_found_tally   hazards by the day they were found (in the configured zone) and their CURRENT status,
--                        grade, sector and source: "found in a period", the rectification rate of that cohort;
--   hazard_closed_tally  closed hazards by the day they were closed, the whole days it took and whether on time
--                        (closed on or before the deadline): "closed in a period", on-time rate, median days;
--   hazard_open_tally    hazards not closed by status, escalation tier, listing, deadline and the day found: the
--                        figures of now (open, overdue = owed past the deadline, escalated, listed, major), and
--                        of a period's cohort (found then, overdue now).
-- A statement on hazard adds its net change to hazard_tally_delta (insert only: no row is updated by two writers,
-- so concurrent steps never wait on one another here); the fold job moves the deltas into the rollups in one
-- statement. Readers sum rollup + pending deltas in one statement, so a figure is exact at every instant.
-- Days are local dates of the zone kept in hazard_tally_setting (safeledger.zone; a change rebuilds).

CREATE TABLE hazard_tally_setting (
    zone text NOT NULL
);
INSERT INTO hazard_tally_setting (zone) VALUES ('${zone}');

CREATE TABLE hazard_tally_delta (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        char(1) NOT NULL CHECK (kind IN ('F', 'C', 'O')),
    region_code text NOT NULL,
    sector      text NOT NULL,
    grade       text NOT NULL,
    source      text NOT NULL,
    status      text,
    day         date,
    days        integer,
    on_time     boolean,
    tier        smallint,
    listed      boolean,
    deadline    date,
    n           integer NOT NULL
);

CREATE TABLE hazard_found_tally (
    region_code   text NOT NULL,
    province_code text NOT NULL GENERATED ALWAYS AS (left(region_code, 2)) STORED,
    city_code     text NOT NULL GENERATED ALWAYS AS (left(region_code, 4)) STORED,
    day           date NOT NULL,
    sector        text NOT NULL,
    grade         text NOT NULL,
    source        text NOT NULL,
    status        text NOT NULL,
    n             integer NOT NULL,
    PRIMARY KEY (region_code, day, sector, grade, source, status)
);
-- a region's period at each level, read from the index alone
CREATE INDEX hazard_found_tally_province_idx ON hazard_found_tally (province_code, day) INCLUDE (city_code, region_code, sector, grade, source, status, n);
CREATE INDEX hazard_found_tally_city_idx ON hazard_found_tally (city_code, day) INCLUDE (region_code, sector, grade, source, status, n);

CREATE TABLE hazard_closed_tally (
    region_code   text NOT NULL,
    province_code text NOT NULL GENERATED ALWAYS AS (left(region_code, 2)) STORED,
    city_code     text NOT NULL GENERATED ALWAYS AS (left(region_code, 4)) STORED,
    day           date NOT NULL,
    sector        text NOT NULL,
    grade         text NOT NULL,
    source        text NOT NULL,
    days          integer NOT NULL,
    on_time       boolean NOT NULL,
    n             integer NOT NULL,
    PRIMARY KEY (region_code, day, sector, grade, source, days, on_time)
);
CREATE INDEX hazard_closed_tally_province_idx ON hazard_closed_tally (province_code, day) INCLUDE (city_code, region_code, sector, grade, source, days, on_time, n);
CREATE INDEX hazard_closed_tally_city_idx ON hazard_closed_tally (city_code, day) INCLUDE (region_code, sector, grade, source, days, on_time, n);

CREATE TABLE hazard_open_tally (
    region_code   text NOT NULL,
    province_code text NOT NULL GENERATED ALWAYS AS (left(region_code, 2)) STORED,
    city_code     text NOT NULL GENERATED ALWAYS AS (left(region_code, 4)) STORED,
    sector        text NOT NULL,
    grade         text NOT NULL,
    source        text NOT NULL,
    status        text NOT NULL,
    tier          smallint NOT NULL,
    listed        boolean NOT NULL,
    deadline      date,
    day           date NOT NULL,
    n             integer NOT NULL,
    UNIQUE NULLS NOT DISTINCT (region_code, day, sector, grade, source, status, tier, listed, deadline)
);
CREATE INDEX hazard_open_tally_province_idx ON hazard_open_tally (province_code) INCLUDE (city_code, region_code, day, sector, grade, source, status, tier, listed, deadline, n);
CREATE INDEX hazard_open_tally_city_idx ON hazard_open_tally (city_code) INCLUDE (region_code, day, sector, grade, source, status, tier, listed, deadline, n);

-- What one hazard contributes to the rollups, with a sign: +1 for the row as it is now, -1 as it was. (Columns, not
-- the row: PostgreSQL 15-17 fail to plan this inlined function over a whole-row argument.)
CREATE FUNCTION hazard_tally_contributions(
    region_code text, sector text, grade text, source text, status text, discovered_at timestamptz,
    closed_at timestamptz, deadline date, escalation_tier smallint, listing_level text, sign integer, zone text)
RETURNS TABLE (kind char(1), region_code text, sector text, grade text, source text, status text, day date,
               days integer, on_time boolean, tier smallint, listed boolean, deadline date, n integer)
LANGUAGE sql STABLE AS $$
    SELECT 'F'::char(1), $1, $2, $3, $4, $5, ($6 AT TIME ZONE $12)::date, NULL::integer, NULL::boolean,
           NULL::smallint, NULL::boolean, NULL::date, $11
    UNION ALL
    SELECT 'C'::char(1), $1, $2, $3, $4, NULL, ($7 AT TIME ZONE $12)::date,
           ($7 AT TIME ZONE $12)::date - ($6 AT TIME ZONE $12)::date,
           $8 IS NULL OR ($7 AT TIME ZONE $12)::date <= $8, NULL::smallint, NULL::boolean, NULL::date, $11
    WHERE $5 = 'CLOSED' AND $7 IS NOT NULL
    UNION ALL
    SELECT 'O'::char(1), $1, $2, $3, $4, $5, ($6 AT TIME ZONE $12)::date, NULL::integer, NULL::boolean, $9,
           $10 IS NOT NULL, $8, $11
    WHERE $5 <> 'CLOSED'
$$;

-- One trigger function for the three events (transition tables need one trigger per event): the statement's net
-- change per key, zero changes left out (a step that touches none of the keys adds nothing).
CREATE FUNCTION hazard_tally_capture() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    z text := (SELECT s.zone FROM hazard_tally_setting s);
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO hazard_tally_delta (kind, region_code, sector, grade, source, status, day, days, on_time, tier, listed, deadline, n)
        SELECT c.kind, c.region_code, c.sector, c.grade, c.source, c.status, c.day, c.days, c.on_time, c.tier, c.listed, c.deadline, sum(c.n)
        FROM new_rows r, hazard_tally_contributions(r.region_code, r.sector, r.grade, r.source, r.status, r.discovered_at, r.closed_at, r.deadline, r.escalation_tier, r.listing_level, 1, z) c
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO hazard_tally_delta (kind, region_code, sector, grade, source, status, day, days, on_time, tier, listed, deadline, n)
        SELECT c.kind, c.region_code, c.sector, c.grade, c.source, c.status, c.day, c.days, c.on_time, c.tier, c.listed, c.deadline, sum(c.n)
        FROM (SELECT x.* FROM new_rows r, hazard_tally_contributions(r.region_code, r.sector, r.grade, r.source, r.status, r.discovered_at, r.closed_at, r.deadline, r.escalation_tier, r.listing_level, 1, z) x
              UNION ALL
              SELECT x.* FROM old_rows r, hazard_tally_contributions(r.region_code, r.sector, r.grade, r.source, r.status, r.discovered_at, r.closed_at, r.deadline, r.escalation_tier, r.listing_level, -1, z) x) c
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
        HAVING sum(c.n) <> 0;
    ELSE
        INSERT INTO hazard_tally_delta (kind, region_code, sector, grade, source, status, day, days, on_time, tier, listed, deadline, n)
        SELECT c.kind, c.region_code, c.sector, c.grade, c.source, c.status, c.day, c.days, c.on_time, c.tier, c.listed, c.deadline, sum(c.n)
        FROM old_rows r, hazard_tally_contributions(r.region_code, r.sector, r.grade, r.source, r.status, r.discovered_at, r.closed_at, r.deadline, r.escalation_tier, r.listing_level, -1, z) c
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER hazard_tally_insert AFTER INSERT ON hazard
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hazard_tally_capture();
CREATE TRIGGER hazard_tally_update AFTER UPDATE ON hazard
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hazard_tally_capture();
CREATE TRIGGER hazard_tally_delete AFTER DELETE ON hazard
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION hazard_tally_capture();

-- Moves the pending deltas into the rollups in one statement (a concurrent fold skips the rows this one deleted,
-- so nothing is counted twice); keys whose count fell to zero are removed. Returns the deltas folded.
CREATE FUNCTION hazard_tally_fold() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    folded bigint;
BEGIN
    WITH moved AS (
        DELETE FROM hazard_tally_delta RETURNING *
    ), found AS (
        INSERT INTO hazard_found_tally AS t (region_code, day, sector, grade, source, status, n)
        SELECT region_code, day, sector, grade, source, status, sum(n) FROM moved WHERE kind = 'F'
        GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (region_code, day, sector, grade, source, status) DO UPDATE SET n = t.n + excluded.n
    ), closed AS (
        INSERT INTO hazard_closed_tally AS t (region_code, day, sector, grade, source, days, on_time, n)
        SELECT region_code, day, sector, grade, source, days, on_time, sum(n) FROM moved WHERE kind = 'C'
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT (region_code, day, sector, grade, source, days, on_time) DO UPDATE SET n = t.n + excluded.n
    ), open AS (
        INSERT INTO hazard_open_tally AS t (region_code, day, sector, grade, source, status, tier, listed, deadline, n)
        SELECT region_code, day, sector, grade, source, status, tier, listed, deadline, sum(n) FROM moved WHERE kind = 'O'
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
        ON CONFLICT (region_code, day, sector, grade, source, status, tier, listed, deadline) DO UPDATE SET n = t.n + excluded.n
    )
    SELECT count(*) INTO folded FROM moved;
    IF folded > 0 THEN
        DELETE FROM hazard_found_tally WHERE n = 0;
        DELETE FROM hazard_closed_tally WHERE n = 0;
        DELETE FROM hazard_open_tally WHERE n = 0;
    END IF;
    RETURN folded;
END
$$;

-- Counts everything again from the ledger (after a bulk load with the triggers off, or a change of zone), with
-- writes to hazard held for the while so that no delta is lost or counted twice.
CREATE FUNCTION hazard_tally_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    z text := (SELECT s.zone FROM hazard_tally_setting s);
BEGIN
    LOCK TABLE hazard IN SHARE MODE;
    DELETE FROM hazard_tally_delta;
    DELETE FROM hazard_found_tally;
    DELETE FROM hazard_closed_tally;
    DELETE FROM hazard_open_tally;
    INSERT INTO hazard_tally_delta (kind, region_code, sector, grade, source, status, day, days, on_time, tier, listed, deadline, n)
    SELECT c.kind, c.region_code, c.sector, c.grade, c.source, c.status, c.day, c.days, c.on_time, c.tier, c.listed, c.deadline, sum(c.n)
    FROM hazard r, hazard_tally_contributions(r.region_code, r.sector, r.grade, r.source, r.status, r.discovered_at, r.closed_at, r.deadline, r.escalation_tier, r.listing_level, 1, z) c
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
    PERFORM hazard_tally_fold();
END
$$;

SELECT hazard_tally_rebuild();
