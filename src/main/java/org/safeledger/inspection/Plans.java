package org.safeledger.inspection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeledger.identity.Recipients;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Role;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual law-enforcement plans (年度监督检查计划) and the enterprises' supervision classes they are made by: the
 * department head sets, per sector and class, the share of enterprises to inspect and how often; progress is read
 * from the department's completed law-enforcement inspections of the year, in total and per inspector.
 */
@Service
public class Plans {

    /**
     * SQL for the supervision class the enterprise (an id column) had at a time (a column or parameter), from its
     * history: GENERAL when it was not classed then. Both arguments are constant SQL, never user input.
     */
    static String classAt(String enterpriseId, String at) {
        return "coalesce((SELECT h.class FROM enterprise_class_history h WHERE h.enterprise_id = " + enterpriseId
                + " AND h.valid_from <= " + at + " AND (h.valid_to IS NULL OR h.valid_to > " + at + ")), 'GENERAL')";
    }

    private final JdbcClient jdbc;
    private final EnterpriseRegister enterprises;
    private final org.safeledger.org.DepartmentDirectory departments;
    private final Recipients recipients;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    Plans(
            JdbcClient jdbc,
            EnterpriseRegister enterprises,
            org.safeledger.org.DepartmentDirectory departments,
            Recipients recipients,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.departments = departments;
        this.recipients = recipients;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A regulator classes an enterprise of the scope as key or general. */
    @Transactional
    public void classify(Actor actor, long enterpriseId, String supervisionClass) {
        actor.require(Permission.INSPECTION_ENFORCE);
        enterprises
                .find(actor, enterpriseId)
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "error.enterprise.unknown"));
        var chosen = InputValues.code(SupervisionClass.class, "supervisionClass", supervisionClass);
        var now = Timestamp.from(clock.instant());
        // the upsert locks the enterprise's class row: concurrent classifications close and open history in turn
        jdbc.sql("""
                        INSERT INTO enterprise_class (enterprise_id, class, set_at, set_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (enterprise_id) DO UPDATE SET class = EXCLUDED.class, set_at = EXCLUDED.set_at,
                            set_by = EXCLUDED.set_by""").params(enterpriseId, chosen.name(), now, actor.userId()).update();
        jdbc.sql("""
                        UPDATE enterprise_class_history SET valid_to = ?
                        WHERE enterprise_id = ? AND valid_to IS NULL""").params(now, enterpriseId).update();
        jdbc.sql("""
                        INSERT INTO enterprise_class_history (enterprise_id, class, valid_from, set_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (enterprise_id, valid_from) DO UPDATE SET class = EXCLUDED.class, valid_to = NULL,
                            set_by = EXCLUDED.set_by""").params(enterpriseId, chosen.name(), now, actor.userId()).update();
        events.publishEvent(
                Audited.by(actor, "inspection.classify", "enterprise:" + enterpriseId, Map.of("class", chosen)));
    }

    @Transactional
    public Plan create(Actor actor, PlanDraft draft) {
        actor.require(Permission.INSPECTION_ENFORCE);
        if (!actor.has(Role.DEPARTMENT_HEAD) && !actor.has(Role.ADMINISTRATOR)) {
            throw new ForbiddenException("error.inspection.planByHead");
        }
        long departmentId = department(actor);
        int thisYear = today().getYear();
        if (draft.year() == null || draft.year() < thisYear - 1 || draft.year() > thisYear + 1) {
            throw new InvalidInputException("year", "error.inspection.range", thisYear - 1, thisYear + 1);
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 200) {
            throw new InvalidInputException("title", "error.field.required");
        }
        if (draft.lines() == null || draft.lines().isEmpty()) {
            throw new InvalidInputException("lines", "error.field.required");
        }
        var seen = new HashSet<String>();
        var lines = new ArrayList<Object[]>();
        for (int i = 0; i < draft.lines().size(); i++) {
            var line = draft.lines().get(i);
            var field = "lines[" + i + "].";
            if (line == null || line.sector() == null) {
                throw new InvalidInputException(field + "sector", "error.field.required");
            }
            var sector = Sector.fromCode(line.sector().strip())
                    .orElseThrow(
                            () -> new InvalidInputException(field + "sector", "error.sector.unknown", line.sector()));
            if (!actor.scope().sectors().isEmpty() && !actor.scope().sectors().contains(sector)) {
                throw new InvalidInputException(
                        field + "sector", "error.inspection.sectorNotSupervised", line.sector());
            }
            var chosen = InputValues.code(
                    SupervisionClass.class,
                    field + "supervisionClass",
                    line.supervisionClass() == null
                            ? ""
                            : line.supervisionClass().strip());
            if (!seen.add(sector + "/" + chosen)) {
                throw new InvalidInputException(field + "sector", "error.inspection.lineTwice");
            }
            int coverage = bounded(field + "coveragePercent", line.coveragePercent(), 1, 100);
            int visits = bounded(field + "visitsPerEnterprise", line.visitsPerEnterprise(), 1, 12);
            lines.add(new Object[] {sector.name(), chosen.name(), coverage, visits});
        }
        if (find(departmentId, draft.year()).isPresent()) {
            throw new ConflictException("year", "error.inspection.planExists", draft.year());
        }
        long id = jdbc.sql("""
                        INSERT INTO enforcement_plan (department_id, year, title, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        departmentId,
                        draft.year(),
                        draft.title().strip(),
                        Timestamp.from(clock.instant()),
                        actor.userId())
                .query(Long.class)
                .single();
        for (var line : lines) {
            jdbc.sql("""
                            INSERT INTO enforcement_plan_line (plan_id, sector, class, coverage_percent, visits_per_enterprise)
                            VALUES (?, ?, ?, ?, ?)""").params(id, line[0], line[1], line[2], line[3]).update();
        }
        events.publishEvent(Audited.by(
                actor,
                "inspection.plan",
                "enforcement-plan:" + id,
                Map.of("year", draft.year(), "lines", lines.size())));
        return get(actor, draft.year()).orElseThrow();
    }

    /** The actor's department's plan of the year with its progress, if there is one. */
    public Optional<Plan> get(Actor actor, int year) {
        actor.require(Permission.INSPECTION_ENFORCE);
        long departmentId = department(actor);
        return find(departmentId, year).map(row -> progress(row.id(), departmentId, year, row.title()));
    }

    /**
     * A department's plan of the year with its progress, if there is one: a fact for those who assess the
     * department (the caller checks that its reader may).
     */
    public Optional<Plan> ofDepartment(long departmentId, int year) {
        return find(departmentId, year).map(row -> progress(row.id(), departmentId, year, row.title()));
    }

    private record PlanRow(long id, String title) {}

    private Optional<PlanRow> find(long departmentId, int year) {
        return jdbc.sql("SELECT id, title FROM enforcement_plan WHERE department_id = ? AND year = ?")
                .params(departmentId, year)
                .query((rs, n) -> new PlanRow(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    private Plan progress(long planId, long departmentId, int year, String title) {
        var zone = properties.zone();
        var from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        var to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        // the plan covers the department's region, whoever reads it (an administrator's scope is the country)
        var prefix = departments
                .byId(departmentId)
                .map(d -> new org.safeledger.shared.RegionCode(d.regionCode()).subtreePrefix())
                .orElseThrow(
                        () -> new InvalidInputException("departmentId", "error.department.notFound", departmentId));
        var lines = jdbc.sql("""
                        WITH visits AS (
                            -- the department's completed inspections of the year, each under the class the enterprise
                            -- had when it was inspected
                            SELECT r.enterprise_id, t.sector, """ + classAt("r.enterprise_id", "r.completed_at") + """
                                AS class
                            FROM inspection_run r JOIN checklist_template t ON t.id = r.template_id
                            WHERE r.kind = 'ENFORCEMENT' AND r.status = 'COMPLETED' AND r.department_id = :department
                            AND r.completed_at >= :from AND r.completed_at < :to)
                        SELECT l.*,
                            (SELECT count(*) FROM enterprise e LEFT JOIN enterprise_class c ON c.enterprise_id = e.id
                             WHERE e.region_code LIKE :prefix || '%' AND l.sector = ANY(e.sectors)
                             AND coalesce(c.class, 'GENERAL') = l.class) AS enterprises,
                            (SELECT count(*) FROM (SELECT v.enterprise_id FROM visits v
                                 WHERE v.sector = l.sector AND v.class = l.class
                                 GROUP BY v.enterprise_id HAVING count(*) >= l.visits_per_enterprise) covered) AS covered,
                            (SELECT count(*) FROM visits v WHERE v.sector = l.sector AND v.class = l.class) AS visits
                        FROM enforcement_plan_line l WHERE l.plan_id = :plan ORDER BY l.sector, l.class""")
                .param("prefix", prefix)
                .param("department", departmentId)
                .param("from", from)
                .param("to", to)
                .param("plan", planId)
                .query((rs, n) -> {
                    long count = rs.getLong("enterprises");
                    int coverage = rs.getInt("coverage_percent");
                    int visits = rs.getInt("visits_per_enterprise");
                    long targetEnterprises = (count * coverage + 99) / 100;
                    return new Plan.LineProgress(
                            rs.getString("sector"),
                            SupervisionClass.valueOf(rs.getString("class")),
                            coverage,
                            visits,
                            count,
                            targetEnterprises,
                            targetEnterprises * visits,
                            // covered by visits under the class then: at most the enterprises of the class now
                            Math.min(rs.getLong("covered"), count),
                            rs.getLong("visits"));
                })
                .list();
        var roster = recipients.departmentStaff(List.of(departmentId));
        long planned = lines.stream().mapToLong(Plan.LineProgress::targetVisits).sum();
        // an even share of the planned inspections, two inspectors to a team
        long share = roster.isEmpty() ? 0 : (planned * 2 + roster.size() - 1) / roster.size();
        var done = new java.util.HashMap<Long, Long>();
        jdbc.sql("""
                        SELECT t.inspector, count(*) FROM inspection_run r, unnest(r.team) AS t(inspector)
                        WHERE r.kind = 'ENFORCEMENT' AND r.status = 'COMPLETED' AND r.department_id = ?
                        AND r.completed_at >= ? AND r.completed_at < ? GROUP BY t.inspector""")
                .params(departmentId, from, to)
                .query((rs, n) -> done.put(rs.getLong(1), rs.getLong(2)))
                .list();
        var inspectors = new ArrayList<Plan.InspectorProgress>();
        for (var member : roster) {
            inspectors.add(new Plan.InspectorProgress(
                    member.userId(), member.displayName(), done.getOrDefault(member.userId(), 0L), share));
        }
        return new Plan(planId, departmentId, year, title, lines, inspectors);
    }

    private static long department(Actor actor) {
        if (actor.departmentId() == null) {
            throw new InvalidInputException("departmentId", "error.inspection.noDepartment");
        }
        return actor.departmentId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    private static int bounded(String field, Integer value, int min, int max) {
        if (value == null) {
            throw new InvalidInputException(field, "error.field.required");
        }
        if (value < min || value > max) {
            throw new InvalidInputException(field, "error.inspection.range", min, max);
        }
        return value;
    }
}
