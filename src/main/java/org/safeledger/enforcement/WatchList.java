package org.safeledger.enforcement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.DemoMode;
import org.safeledger.platform.Jobs;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The watch list (pattern screening): every night the {@link Screening} rule over each enterprise's rolling window
 * of hazards and enforcement documents; enterprises entering or leaving it are announced to the departments
 * supervising them. Regulators and leaders read it for their region, with the reasons, and export it.
 */
@Service
public class WatchList {

    static final String JOB = "watch-list";
    private static final TypeReference<List<Screening.Reason>> REASONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final HazardLedger hazards;
    private final RegionDirectory regions;
    private final WatchListProperties rule;
    private final SafeLedgerProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Jobs jobs;
    private final DemoMode demo;
    private final Clock clock;

    WatchList(
            JdbcClient jdbc,
            JsonMapper json,
            HazardLedger hazards,
            RegionDirectory regions,
            WatchListProperties rule,
            SafeLedgerProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Jobs jobs,
            DemoMode demo,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.hazards = hazards;
        this.regions = regions;
        this.rule = rule;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.jobs = jobs;
        this.demo = demo;
        this.clock = clock;
    }

    /** What a refresh changed. */
    public record Result(int listed, int entered, int left) {}

    @Scheduled(cron = "${safeledger.watch-list.cron:0 30 2 * * *}")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void scheduled() {
        refresh();
    }

    /** A run by hand ({@code POST /api/v1/admin/jobs/watch-list/run}): demo mode, administrators. */
    public Result runNow(Actor actor) {
        if (!demo.enabled()) {
            throw new NotFoundException("error.job.demoOnly");
        }
        actor.require(Permission.SYSTEM_ADMIN);
        return jobs.runExclusively(JOB, Duration.ofMinutes(30), this::refresh)
                .orElseThrow(() -> new ConflictException("job", "error.job.running", JOB));
    }

    Result refresh() {
        return transactions.execute(status -> screenAll());
    }

    private Result screenAll() {
        var today = LocalDate.now(clock.withZone(properties.zone()));
        var since = today.minus(rule.window());
        var sinceInstant = since.atStartOfDay(properties.zone()).toInstant();
        var counts = new HashMap<Long, long[]>();
        for (var c : hazards.patternCounts(since)) {
            var row = counts.computeIfAbsent(c.enterpriseId(), k -> new long[5]);
            row[0] = c.majorHazards();
            row[1] = c.overdueRectifications();
            row[2] = c.repeats();
        }
        jdbc.sql("""
                        SELECT enterprise_id,
                            count(*) FILTER (WHERE type IN ('RECTIFICATION_ORDER', 'ON_SITE_MEASURES', 'PENALTY_DECISION')) AS orders,
                            count(*) FILTER (WHERE type = 'REVIEW_OPINION' AND review_passed = false) AS failed
                        FROM enforcement_document WHERE issued_at >= ? GROUP BY enterprise_id""")
                .param(Timestamp.from(sinceInstant))
                .query((rs, n) -> {
                    var row = counts.computeIfAbsent(rs.getLong(1), k -> new long[5]);
                    row[3] = rs.getLong(2);
                    row[4] = rs.getLong(3);
                    return null;
                })
                .list();
        var current = new HashMap<Long, Long>();
        jdbc.sql("SELECT enterprise_id, id FROM watch_list_entry WHERE left_at IS NULL")
                .query((rs, n) -> current.put(rs.getLong(1), rs.getLong(2)))
                .list();
        var now = clock.instant();
        var changes = new HashMap<Long, Screening.Result>();
        var leaving = new HashSet<>(current.keySet());
        int listed = 0;
        for (var e : counts.entrySet()) {
            var c = e.getValue();
            var result = Screening.screen(new Screening.Counts(c[0], c[1], c[2], c[3], c[4]), rule);
            if (!result.listed()) {
                continue;
            }
            listed++;
            leaving.remove(e.getKey());
            var reasons = json.writeValueAsString(result.reasons());
            if (current.containsKey(e.getKey())) {
                jdbc.sql(
                                "UPDATE watch_list_entry SET score = ?, reasons = CAST(? AS jsonb), updated_at = ? WHERE id = ?")
                        .params(result.score(), reasons, Timestamp.from(now), current.get(e.getKey()))
                        .update();
            } else {
                jdbc.sql("""
                                INSERT INTO watch_list_entry (enterprise_id, entered_at, score, reasons, updated_at)
                                VALUES (?, ?, ?, CAST(? AS jsonb), ?)""")
                        .params(e.getKey(), Timestamp.from(now), result.score(), reasons, Timestamp.from(now))
                        .update();
                changes.put(e.getKey(), result);
            }
        }
        for (var enterpriseId : leaving) {
            jdbc.sql("UPDATE watch_list_entry SET left_at = ?, updated_at = ? WHERE id = ?")
                    .params(Timestamp.from(now), Timestamp.from(now), current.get(enterpriseId))
                    .update();
        }
        announce(changes, leaving, now);
        return new Result(listed, changes.size(), leaving.size());
    }

    private void announce(Map<Long, Screening.Result> entered, java.util.Set<Long> left, java.time.Instant at) {
        var ids = new HashSet<>(entered.keySet());
        ids.addAll(left);
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT id, name, region_code, sectors FROM enterprise WHERE id = ANY(?)")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    var sectors = java.util.Arrays.stream(
                                    (String[]) rs.getArray("sectors").getArray())
                            .map(Sector::valueOf)
                            .collect(Collectors.toSet());
                    var result = entered.get(id);
                    events.publishEvent(new WatchListChanged(
                            id,
                            rs.getString("name"),
                            rs.getString("region_code"),
                            sectors,
                            result != null,
                            result == null ? 0 : result.score(),
                            result == null
                                    ? ""
                                    : result.reasons().stream()
                                            .map(r -> r.code() + "×" + r.count())
                                            .collect(Collectors.joining(", ")),
                            at));
                    return null;
                })
                .list();
    }

    /**
     * The enterprises on the list now in the reader's scope (a region subtree when given, inside the scope),
     * highest score first. Regulators and leaders: an enterprise does not read the list.
     */
    public List<WatchListEntry> current(Actor actor, @Nullable String regionCode) {
        actor.require(Permission.HAZARD_LIST);
        var prefix = actor.scope().region().subtreePrefix();
        if (regionCode != null && !regionCode.isBlank()) {
            var region = regions.require("regionCode", regionCode.strip()).regionCode();
            if (!actor.scope().region().contains(region)) {
                throw new ForbiddenException("error.scope.region", region.value());
            }
            prefix = region.subtreePrefix();
        }
        return jdbc.sql("""
                        SELECT w.*, e.name, e.region_code FROM watch_list_entry w JOIN enterprise e ON e.id = w.enterprise_id
                        WHERE w.left_at IS NULL AND e.region_code LIKE :prefix || '%' AND """ + org.safeledger.shared.ScopeSql.PREDICATE + " ORDER BY w.score DESC, e.name")
                .param("prefix", prefix)
                .params(org.safeledger.shared.ScopeSql.params(actor.scope()))
                .query((rs, n) -> new WatchListEntry(
                        rs.getLong("enterprise_id"),
                        rs.getString("name"),
                        rs.getString("region_code"),
                        rs.getTimestamp("entered_at").toInstant(),
                        rs.getLong("score"),
                        json.readValue(rs.getString("reasons"), REASONS),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    public WatchListProperties rule() {
        return rule;
    }
}
