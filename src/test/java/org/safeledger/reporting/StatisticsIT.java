package org.safeledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.safeledger.hazard.HazardStatistics;
import org.safeledger.shared.Actor;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;
import org.safeledger.shared.Sector;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics against direct counts: a random history of hazards in Hainan (inserted, changed in every column the
 * tallies count by, in single and many-row statements, some folded midway, some deleted) is written straight to the
 * table, as any writer would; then every figure, for the province, a prefecture and a county, all sectors and one,
 * whole and partial periods, read as an administrator, as a department limited to a sector and as an enterprise,
 * equals the count made directly from the hazards; each drill-down's ledger total equals its figure; at the end the
 * history is deleted and the tallies of those counties return to what the ledger holds.
 */
@IntegrationTest
class StatisticsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] SECTORS = {"COAL_MINE", "HAZARDOUS_CHEMICALS", "FIRE_SAFETY"};
    private static final String[] SOURCES = {"SELF_INSPECTION", "ENFORCEMENT_INSPECTION", "PUBLIC_REPORT"};
    private static final String[] STATUSES = {"REPORTED", "RECTIFYING", "SUBMITTED", "CLOSED"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HazardStatistics statistics;

    @Autowired
    RegionStatistics regional;

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);

    @Test
    void everyStatisticEqualsTheDirectCountAfterARandomHistory() {
        LocalDate today = statistics.today();
        List<String> counties = jdbc.sql("SELECT code FROM region WHERE level = 'COUNTY' AND (code LIKE '4601%' OR code"
                        + " LIKE '4602%') ORDER BY code")
                .query(String.class)
                .list();
        assertThat(counties).hasSizeGreaterThan(3);
        long user =
                jdbc.sql("SELECT min(id) FROM user_account").query(Long.class).single();
        long department =
                jdbc.sql("SELECT min(id) FROM department").query(Long.class).single();
        var enterprises = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            var county = counties.get(i);
            enterprises.add(jdbc.sql("INSERT INTO enterprise (name, credit_code, region_code, sectors, address,"
                            + " created_at, updated_at) VALUES (?, ?, ?, '{COAL_MINE}', '海南', now(), now())"
                            + " RETURNING id")
                    .params("统计测试企业" + seed + "-" + i, CreditCodes.fresh(county), county)
                    .query(Long.class)
                    .single());
        }
        var ids = new ArrayList<Long>();
        for (int batch = 0; batch < 6; batch++) {
            int size = batch == 0 ? 1 : 40 + random.nextInt(30);
            ids.addAll(insert(size, counties, enterprises, user, department, today));
        }
        for (int round = 0; round < 40; round++) {
            change(ids, counties, department, today);
            if (random.nextInt(5) == 0) {
                jdbc.sql("SELECT hazard_tally_fold()").query(Long.class).single();
            }
        }
        var gone = ids.subList(0, 5);
        jdbc.sql("DELETE FROM hazard WHERE id = ANY(?)")
                .param(gone.toArray(Long[]::new))
                .update();
        var admin = new Actor(1, "t", "t", Set.of(Role.ADMINISTRATOR), DataScope.everything(), null);
        var periods = List.of(
                new LocalDate[] {today.minusDays(600), today},
                new LocalDate[] {today.minusDays(90), today.minusDays(30)},
                new LocalDate[] {today.withDayOfMonth(1), today});
        var regions = List.of("460000", counties.get(0).substring(0, 4) + "00", counties.get(0), counties.get(3));
        for (var period : periods) {
            for (var region : regions) {
                for (var sector : new String[] {null, "FIRE_SAFETY"}) {
                    compare(admin, region, sector, null, period[0], period[1], today);
                }
                var fireDepartment = new Actor(
                        2,
                        "d",
                        "d",
                        Set.of(Role.DEPARTMENT_HEAD),
                        new DataScope(new RegionCode("460000"), Set.of(Sector.FIRE_SAFETY), null),
                        null);
                compare(fireDepartment, region, "FIRE_SAFETY", null, period[0], period[1], today);
            }
            var enterprise = new Actor(
                    3,
                    "e",
                    "e",
                    Set.of(Role.ENTERPRISE_PRINCIPAL),
                    new DataScope(new RegionCode(counties.get(1)), Set.of(), enterprises.get(1)),
                    null);
            compare(enterprise, counties.get(1), null, enterprises.get(1), period[0], period[1], today);
            compareChildren(admin, "460000", period[0], period[1], today);
            compareTrend(admin, "460000", period[0], period[1], today);
        }
        drillDownsMatch(today);
        jdbc.sql("DELETE FROM hazard WHERE id = ANY(?)")
                .param(ids.toArray(Long[]::new))
                .update();
        compare(admin, "460000", null, null, today.minusDays(600), today, today);
    }

    private List<Long> insert(
            int size, List<String> counties, List<Long> enterprises, long user, long department, LocalDate today) {
        var inserted = new ArrayList<Long>();
        var values = new ArrayList<String>();
        var params = new ArrayList<Object>();
        for (int i = 0; i < size; i++) {
            int e = random.nextInt(enterprises.size());
            var discovered = today.minusDays(random.nextInt(600))
                    .atTime(random.nextInt(24), random.nextInt(60))
                    .atZone(ZONE)
                    .toInstant();
            var status = STATUSES[random.nextInt(4)];
            Instant closed = status.equals("CLOSED") ? discovered.plusSeconds(3600L * random.nextInt(24 * 60)) : null;
            LocalDate deadline = random.nextInt(6) == 0 ? null : today.plusDays(random.nextInt(200) - 150);
            boolean listed = random.nextInt(5) == 0;
            values.add("(?, ?, 't', 'd', 'l', ?, ?, ?, ?, ?, 'x', ?, ?, ?, ?, ?, ?, ?, ?, now(), now())");
            params.addAll(List.of(
                    enterprises.get(e),
                    random.nextInt(3) == 0 ? counties.get(random.nextInt(counties.size())) : counties.get(e)));
            params.add(SECTORS[random.nextInt(3)]);
            params.add(SOURCES[random.nextInt(3)]);
            params.add(random.nextInt(4) == 0 ? "MAJOR" : "GENERAL");
            params.add(status);
            params.add(Timestamp.from(discovered));
            params.add(user);
            params.add(closed == null ? null : Timestamp.from(closed));
            params.add(deadline == null ? null : java.sql.Date.valueOf(deadline));
            params.add(status.equals("CLOSED") ? 0 : random.nextInt(4));
            params.add(listed ? "COUNTY" : null);
            params.add(listed ? department : null);
            params.add(listed ? java.sql.Date.valueOf(today) : null);
            params.add(listed ? Timestamp.from(discovered) : null);
        }
        jdbc.sql("INSERT INTO hazard (enterprise_id, region_code, title, description, location, sector, source, grade,"
                        + " status, discovered_at, discovered_by, reported_by, closed_at, deadline, escalation_tier,"
                        + " listing_level, listing_department_id, listing_deadline, listed_at, created_at, updated_at)"
                        + " VALUES " + String.join(", ", values) + " RETURNING id")
                .params(params)
                .query(Long.class)
                .list()
                .forEach(inserted::add);
        return inserted;
    }

    /** One random statement changing some of the hazards in one of the counted columns. */
    private void change(List<Long> ids, List<String> counties, long department, LocalDate today) {
        var some = new ArrayList<Long>();
        int count = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(25);
        for (int i = 0; i < count; i++) {
            some.add(ids.get(random.nextInt(ids.size())));
        }
        var chosen = some.toArray(Long[]::new);
        switch (random.nextInt(8)) {
            case 0 ->
                jdbc.sql("UPDATE hazard SET status = 'CLOSED', escalation_tier = 0, closed_at ="
                                + " discovered_at + make_interval(hours => ?) WHERE id = ANY(?) AND status <> 'CLOSED'")
                        .params(random.nextInt(24 * 90), chosen)
                        .update();
            case 1 ->
                jdbc.sql("UPDATE hazard SET status = ?, closed_at = NULL WHERE id = ANY(?)")
                        .params(STATUSES[random.nextInt(3)], chosen)
                        .update();
            case 2 ->
                jdbc.sql("UPDATE hazard SET deadline = ? WHERE id = ANY(?)")
                        .params(java.sql.Date.valueOf(today.plusDays(random.nextInt(120) - 60)), chosen)
                        .update();
            case 3 ->
                jdbc.sql("UPDATE hazard SET escalation_tier = ? WHERE id = ANY(?) AND status <> 'CLOSED'")
                        .params(random.nextInt(4), chosen)
                        .update();
            case 4 ->
                jdbc.sql("UPDATE hazard SET grade = CASE grade WHEN 'MAJOR' THEN 'GENERAL' ELSE 'MAJOR' END,"
                                + " sector = ? WHERE id = ANY(?)")
                        .params(SECTORS[random.nextInt(3)], chosen)
                        .update();
            case 5 ->
                jdbc.sql("UPDATE hazard SET region_code = ? WHERE id = ANY(?)")
                        .params(counties.get(random.nextInt(counties.size())), chosen)
                        .update();
            case 6 ->
                jdbc.sql("UPDATE hazard SET listing_level = 'CITY', listing_department_id = ?, listing_deadline"
                                + " = current_date, listed_at = now() WHERE id = ANY(?)")
                        .params(department, chosen)
                        .update();
            default ->
                jdbc.sql("UPDATE hazard SET updated_at = now(), discovered_at = discovered_at - interval '20 hours'"
                                + " WHERE id = ANY(?)")
                        .param(chosen)
                        .update();
        }
    }

    /** The hazards the figures count, as a direct predicate over hazard h. */
    private record Where(String sql, List<Object> params) {}

    private static Where where(String region, @Nullable String sector, @Nullable Long enterprise) {
        var sql = new StringBuilder("h.region_code LIKE ?");
        var params = new ArrayList<Object>();
        params.add(new RegionCode(region).subtreePrefix() + "%");
        if (sector != null) {
            sql.append(" AND h.sector = ?");
            params.add(sector);
        }
        if (enterprise != null) {
            sql.append(" AND h.enterprise_id = ?");
            params.add(enterprise);
        }
        return new Where(sql.toString(), params);
    }

    private long count(Where w, String condition, Object... more) {
        var params = new ArrayList<Object>(w.params());
        params.addAll(List.of(more));
        return jdbc.sql("SELECT count(*) FROM hazard h WHERE " + w.sql() + " AND " + condition)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static final String FOUND = "(h.discovered_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ? AND ?";
    private static final String CLOSED = "h.status = 'CLOSED' AND h.closed_at IS NOT NULL"
            + " AND (h.closed_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ? AND ?";
    private static final String OWED_LATE = "h.status IN ('REPORTED', 'RECTIFYING') AND h.deadline < ?";

    private void compare(
            Actor actor,
            String region,
            @Nullable String sector,
            @Nullable Long enterprise,
            LocalDate from,
            LocalDate to,
            LocalDate today) {
        var as = "seed " + seed + ", " + actor.username() + " " + region + " " + sector + " " + from + ".." + to;
        var f = statistics.figures(
                actor, new RegionCode(region), sector == null ? null : Sector.valueOf(sector), from, to);
        Sector limit = actor.scope().sectors().isEmpty()
                ? null
                : actor.scope().sectors().iterator().next();
        var w = where(region, sector != null ? sector : limit == null ? null : limit.name(), enterprise);
        var d1 = java.sql.Date.valueOf(from);
        var d2 = java.sql.Date.valueOf(to);
        assertThat(f.found()).as(as).isEqualTo(count(w, FOUND, d1, d2));
        for (var grade : f.foundByGrade().entrySet()) {
            assertThat(grade.getValue())
                    .as(as + " grade")
                    .isEqualTo(count(
                            w,
                            FOUND + " AND h.grade = ?",
                            d1,
                            d2,
                            grade.getKey().name()));
        }
        for (var status : STATUSES) {
            assertThat(f.foundByStatus().getOrDefault(org.safeledger.hazard.HazardStatus.valueOf(status), 0L))
                    .as(as + " status " + status)
                    .isEqualTo(count(w, FOUND + " AND h.status = ?", d1, d2, status));
        }
        for (var source : SOURCES) {
            assertThat(f.foundBySource().getOrDefault(org.safeledger.hazard.HazardSource.valueOf(source), 0L))
                    .as(as + " source")
                    .isEqualTo(count(w, FOUND + " AND h.source = ?", d1, d2, source));
        }
        for (var s : SECTORS) {
            assertThat(f.foundBySector().getOrDefault(Sector.valueOf(s), 0L))
                    .as(as + " sector")
                    .isEqualTo(count(w, FOUND + " AND h.sector = ?", d1, d2, s));
        }
        var todayDate = java.sql.Date.valueOf(today);
        assertThat(f.foundOverdue())
                .as(as + " found overdue")
                .isEqualTo(count(w, FOUND + " AND " + OWED_LATE, d1, d2, todayDate));
        assertThat(f.closed()).as(as + " closed").isEqualTo(count(w, CLOSED, d1, d2));
        assertThat(f.closedOnTime())
                .as(as + " on time")
                .isEqualTo(count(
                        w,
                        CLOSED + " AND (h.deadline IS NULL OR"
                                + " (h.closed_at AT TIME ZONE 'Asia/Shanghai')::date <= h.deadline)",
                        d1,
                        d2));
        var params = new ArrayList<Object>(w.params());
        params.addAll(List.of(d1, d2));
        Double median = jdbc.sql("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY"
                        + " (h.closed_at AT TIME ZONE 'Asia/Shanghai')::date - (h.discovered_at AT TIME ZONE"
                        + " 'Asia/Shanghai')::date) FROM hazard h WHERE " + w.sql() + " AND " + CLOSED)
                .params(params)
                .query((rs, i) -> rs.getObject(1) == null ? null : rs.getDouble(1))
                .list()
                .get(0);
        assertThat(f.medianDaysToClose()).as(as + " median").isEqualTo(median);
        var now = f.now();
        assertThat(now.open()).as(as + " open").isEqualTo(count(w, "h.status <> 'CLOSED'"));
        assertThat(now.overdue()).as(as + " overdue").isEqualTo(count(w, OWED_LATE, todayDate));
        assertThat(now.tier1())
                .as(as)
                .isEqualTo(count(w, "h.escalation_tier = 1 AND h.status IN ('REPORTED', 'RECTIFYING')"));
        assertThat(now.tier3())
                .as(as)
                .isEqualTo(count(w, "h.escalation_tier = 3 AND h.status IN ('REPORTED', 'RECTIFYING')"));
        assertThat(now.listed()).as(as).isEqualTo(count(w, "h.listing_level IS NOT NULL AND h.status <> 'CLOSED'"));
        assertThat(now.major()).as(as).isEqualTo(count(w, "h.grade = 'MAJOR' AND h.status <> 'CLOSED'"));
    }

    private void compareChildren(Actor actor, String region, LocalDate from, LocalDate to, LocalDate today) {
        var children = statistics.byChild(actor, new RegionCode(region), null, from, to);
        var d1 = java.sql.Date.valueOf(from);
        var d2 = java.sql.Date.valueOf(to);
        var expected = new TreeMap<String, long[]>();
        jdbc.sql("SELECT left(h.region_code, 4) AS c, count(*) FILTER (WHERE (h.discovered_at AT TIME ZONE"
                        + " 'Asia/Shanghai')::date BETWEEN :d1 AND :d2) AS found, count(*) FILTER (WHERE h.status <> 'CLOSED') AS open,"
                        + " count(*) FILTER (WHERE h.status IN ('REPORTED', 'RECTIFYING') AND h.deadline < :today) AS late"
                        + " FROM hazard h WHERE h.region_code LIKE '46%' GROUP BY 1")
                .param("d1", d1)
                .param("d2", d2)
                .param("today", java.sql.Date.valueOf(today))
                .query(rs -> {
                    expected.put(
                            rs.getString("c"),
                            new long[] {rs.getLong("found"), rs.getLong("open"), rs.getLong("late")});
                });
        expected.forEach((child, e) -> {
            var t = children.get(child);
            var as = "seed " + seed + " child " + child;
            assertThat(t == null ? 0 : t.found()).as(as + " found").isEqualTo(e[0]);
            assertThat(t == null ? 0 : t.open()).as(as + " open").isEqualTo(e[1]);
            assertThat(t == null ? 0 : t.overdue()).as(as + " overdue").isEqualTo(e[2]);
        });
    }

    private void compareTrend(Actor actor, String region, LocalDate from, LocalDate to, LocalDate today) {
        var points = statistics.trend(actor, new RegionCode(region), null, from, to, false);
        var w = where(region, null, null);
        for (var p : points) {
            var first = p.period().isBefore(from) ? from : p.period();
            var last = p.period().plusMonths(1).minusDays(1).isAfter(to)
                    ? to
                    : p.period().plusMonths(1).minusDays(1);
            var d1 = java.sql.Date.valueOf(first);
            var d2 = java.sql.Date.valueOf(last);
            var as = "seed " + seed + " month " + p.period();
            assertThat(p.found()).as(as).isEqualTo(count(w, FOUND, d1, d2));
            assertThat(p.closed()).as(as).isEqualTo(count(w, CLOSED, d1, d2));
            assertThat(p.overdue())
                    .as(as)
                    .isEqualTo(count(w, FOUND + " AND " + OWED_LATE, d1, d2, java.sql.Date.valueOf(today)));
        }
    }

    /** Each hazard figure's link opens the ledger (through its API twin) with the figure as its total. */
    private void drillDownsMatch(LocalDate today) {
        var overview = regional.overview(
                new Actor(1, "admin", "admin", Set.of(Role.ADMINISTRATOR), DataScope.everything(), null),
                new StatisticsRequest(new RegionCode("460000"), null, today.minusDays(200), today));
        var h = overview.hazards();
        Map<String, Long> figures = Map.of(
                "hazards.found", h.found(),
                "hazards.foundOverdue", h.foundOverdue(),
                "hazards.closed", h.closed(),
                "hazards.now.open", h.now().open(),
                "hazards.now.overdue", h.now().overdue(),
                "hazards.now.tier.2", h.now().tier2(),
                "hazards.now.listed", h.now().listed(),
                "hazards.now.major", h.now().major(),
                "hazards.found.grade.MAJOR", h.foundByGrade().getOrDefault(org.safeledger.hazard.HazardGrade.MAJOR, 0L),
                "hazards.found.status.SUBMITTED",
                        h.foundByStatus().getOrDefault(org.safeledger.hazard.HazardStatus.SUBMITTED, 0L));
        figures.forEach((key, figure) -> {
            var link = overview.links().get(key);
            var ledger = Api.at(port).as("admin").get("/api/v1" + link + "&size=1");
            assertThat(ledger.status()).as(link + " " + ledger.body()).isEqualTo(200);
            assertThat(ledger.json().get("total").asLong())
                    .as("seed " + seed + " " + key + " " + link)
                    .isEqualTo(figure);
        });
    }
}
