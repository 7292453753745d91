package org.safeledger.campaign;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CampaignStore {

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Campaign c, long by) {
        long id = jdbc.sql("""
                        INSERT INTO campaign (kind, title, region_code, sectors, plan_due, department_id, launched_by,
                            launched_by_name, launched_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        c.kind().name(),
                        c.title(),
                        c.regionCode(),
                        c.sectors().stream().map(Sector::name).sorted().toArray(String[]::new),
                        Date.valueOf(c.planDue()),
                        c.departmentId(),
                        by,
                        c.launchedByName(),
                        Timestamp.from(c.launchedAt()))
                .query(Long.class)
                .single();
        for (var p : c.phases()) {
            jdbc.sql("INSERT INTO campaign_phase (campaign_id, kind, from_day, to_day) VALUES (?, ?, ?, ?)")
                    .params(id, p.kind().name(), Date.valueOf(p.from()), Date.valueOf(p.to()))
                    .update();
        }
        return id;
    }

    /** The launching region (its plan is the campaign) and every region below it, invited. */
    void cascade(long campaignId, String regionCode, String subtreePrefix, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO campaign_unit (campaign_id, region_code, status, taken_on_at, taken_on_by_name,
                            plan, plan_filed_at, plan_filed_by_name)
                        VALUES (?, ?, 'PLAN_FILED', ?, ?, '', ?, ?)""")
                .params(campaignId, regionCode, Timestamp.from(at), by, Timestamp.from(at), by)
                .update();
        jdbc.sql("""
                        INSERT INTO campaign_unit (campaign_id, region_code, status)
                        SELECT ?, code, 'INVITED' FROM region WHERE code LIKE ? || '%' AND code <> ?""").params(campaignId, subtreePrefix, regionCode).update();
    }

    Optional<Campaign> find(long id) {
        return withPhases(jdbc.sql("SELECT * FROM campaign WHERE id = ?")
                        .param(id)
                        .query(this::map)
                        .list())
                .stream()
                .findFirst();
    }

    /** Campaigns of a region on the lineage (the region and those above it) or in its subtree, newest first. */
    List<Campaign> around(List<String> lineage, String subtreePrefix, int limit) {
        return withPhases(jdbc.sql("""
                        SELECT * FROM campaign
                        WHERE region_code = ANY(?) OR region_code LIKE ? || '%'
                        ORDER BY id DESC LIMIT ?""")
                .params(lineage.toArray(String[]::new), subtreePrefix, limit)
                .query(this::map)
                .list());
    }

    /** The units of the campaign in the subtree, by region code. */
    List<CampaignUnit> units(long campaignId, String subtreePrefix) {
        return jdbc.sql("SELECT * FROM campaign_unit WHERE campaign_id = ? AND region_code LIKE ? || '%'"
                        + " ORDER BY region_code")
                .params(campaignId, subtreePrefix)
                .query(CampaignStore::unit)
                .list();
    }

    /** The names of the units' regions in the subtree, in one read (a province's campaign has a hundred units). */
    java.util.Map<String, String> unitNames(long campaignId, String subtreePrefix) {
        var names = new java.util.HashMap<String, String>();
        jdbc.sql("SELECT r.code, r.name FROM campaign_unit u JOIN region r ON r.code = u.region_code"
                        + " WHERE u.campaign_id = ? AND u.region_code LIKE ? || '%'")
                .params(campaignId, subtreePrefix)
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return names;
    }

    Optional<CampaignUnit> unit(long campaignId, String regionCode) {
        return jdbc.sql("SELECT * FROM campaign_unit WHERE campaign_id = ? AND region_code = ?")
                .params(campaignId, regionCode)
                .query(CampaignStore::unit)
                .optional();
    }

    void save(CampaignUnit u) {
        int updated = jdbc.sql("""
                        UPDATE campaign_unit SET status = ?, taken_on_at = ?, taken_on_by_name = ?, plan = ?,
                            plan_filed_at = ?, plan_filed_by_name = ?, phase = ?, version = version + 1
                        WHERE campaign_id = ? AND region_code = ? AND version = ?""")
                .params(
                        u.status().name(),
                        u.takenOnAt() == null ? null : Timestamp.from(u.takenOnAt()),
                        u.takenOnByName(),
                        u.plan(),
                        u.planFiledAt() == null ? null : Timestamp.from(u.planFiledAt()),
                        u.planFiledByName(),
                        u.phase() == null ? null : u.phase().name(),
                        u.campaignId(),
                        u.regionCode(),
                        u.version())
                .update();
        if (updated != 1) {
            throw new ConflictException("version", "error.campaign.stale", u.regionCode());
        }
    }

    void insertChecklist(long campaignId, Sector sector, String regionCode, long templateId) {
        int inserted = jdbc.sql("""
                        INSERT INTO campaign_checklist (campaign_id, sector, region_code, template_id)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(campaignId, sector.name(), regionCode, templateId)
                .update();
        if (inserted != 1) {
            throw new ConflictException("sector", "error.campaign.itemsAdded", sector.name());
        }
    }

    /** One checklist of a campaign: of a sector, for the enterprises of a region's subtree. */
    record Checklist(Sector sector, String regionCode, long templateId) {}

    /** The campaign's checklists: the campaign's own per sector, and those the regions below added. */
    List<Checklist> checklists(long campaignId) {
        return jdbc.sql("""
                        SELECT sector, region_code, template_id FROM campaign_checklist WHERE campaign_id = ?
                        ORDER BY region_code, sector""")
                .param(campaignId)
                .query((rs, n) -> new Checklist(Sector.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** The campaign whose checklist the template is, if any. */
    Optional<Long> campaignOfChecklist(long templateId) {
        return jdbc.sql("SELECT campaign_id FROM campaign_checklist WHERE template_id = ?")
                .param(templateId)
                .query(Long.class)
                .optional();
    }

    void insertFinding(long campaignId, long hazardId, long runId, long enterpriseId) {
        jdbc.sql("""
                        INSERT INTO campaign_finding (campaign_id, hazard_id, run_id, enterprise_id) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""").params(campaignId, hazardId, runId, enterpriseId).update();
    }

    /** How many hazards the campaign's checklists turned up in the subtree. */
    long findings(long campaignId, String subtreePrefix) {
        return jdbc.sql("""
                        SELECT count(*) FROM campaign_finding f JOIN enterprise e ON e.id = f.enterprise_id
                        WHERE f.campaign_id = ? AND e.region_code LIKE ? || '%'""").params(campaignId, subtreePrefix).query(Long.class).single();
    }

    /**
     * The campaigns an enterprise of the region and sectors takes part in on the day: launched for a region on its
     * lineage, for one of its sectors, not over yet.
     */
    List<Campaign> ofEnterprise(List<String> lineage, java.util.Collection<Sector> sectors, java.time.LocalDate day) {
        return withPhases(jdbc.sql("""
                        SELECT * FROM campaign c
                        WHERE c.region_code = ANY(?) AND c.sectors && CAST(? AS text[])
                          AND EXISTS (SELECT 1 FROM campaign_phase p WHERE p.campaign_id = c.id AND p.to_day >= ?)
                        ORDER BY c.id DESC LIMIT 50""")
                .params(
                        lineage.toArray(String[]::new),
                        sectors.stream().map(Sector::name).toArray(String[]::new),
                        Date.valueOf(day))
                .query(this::map)
                .list());
    }

    void insertDispatch(long campaignId, Dispatch d, String figuresJson) {
        int inserted = jdbc.sql("""
                        INSERT INTO campaign_dispatch (campaign_id, region_code, period_from, due, report, figures,
                            filed_at, filed_by_name)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?) ON CONFLICT DO NOTHING""")
                .params(
                        campaignId,
                        d.regionCode(),
                        Date.valueOf(d.periodFrom()),
                        Date.valueOf(d.due()),
                        d.report(),
                        figuresJson,
                        Timestamp.from(d.filedAt()),
                        d.filedByName())
                .update();
        if (inserted != 1) {
            throw new ConflictException("period", "error.campaign.dispatchFiled", d.periodFrom());
        }
    }

    /** A dispatch report as stored: its figures as JSON text. */
    record DispatchRow(
            String regionCode,
            java.time.LocalDate periodFrom,
            java.time.LocalDate due,
            String report,
            String figures,
            Instant filedAt,
            String filedByName) {}

    /** The dispatch reports of the units in the subtree, newest period first. */
    List<DispatchRow> dispatches(long campaignId, String subtreePrefix) {
        return jdbc.sql("""
                        SELECT region_code, period_from, due, report, figures::text, filed_at, filed_by_name
                        FROM campaign_dispatch WHERE campaign_id = ? AND region_code LIKE ? || '%'
                        ORDER BY period_from DESC, region_code""")
                .params(campaignId, subtreePrefix)
                .query((rs, n) -> new DispatchRow(
                        rs.getString(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .list();
    }

    /** The campaign rows with their phases, read for all of them in one query. */
    private List<Campaign> withPhases(List<Campaign> campaigns) {
        if (campaigns.isEmpty()) {
            return campaigns;
        }
        var phases = new java.util.HashMap<Long, List<Campaign.Phase>>();
        jdbc.sql("SELECT * FROM campaign_phase WHERE campaign_id = ANY(?) ORDER BY campaign_id")
                .param(campaigns.stream().map(Campaign::id).toArray(Long[]::new))
                .query((p, i) -> phases.computeIfAbsent(p.getLong("campaign_id"), k -> new java.util.ArrayList<>())
                        .add(new Campaign.Phase(
                                PhaseKind.valueOf(p.getString("kind")),
                                p.getDate("from_day").toLocalDate(),
                                p.getDate("to_day").toLocalDate())))
                .list();
        return campaigns.stream()
                .map(c -> c.withPhases(phases.getOrDefault(c.id(), List.of()).stream()
                        .sorted(java.util.Comparator.comparing(Campaign.Phase::kind))
                        .toList()))
                .toList();
    }

    /** A campaign row without its phases ({@link #withPhases} adds them). */
    private Campaign map(ResultSet rs, int n) throws SQLException {
        return new Campaign(
                rs.getLong("id"),
                CampaignKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("region_code"),
                Arrays.stream((String[]) rs.getArray("sectors").getArray())
                        .map(Sector::valueOf)
                        .collect(Collectors.toUnmodifiableSet()),
                List.of(),
                rs.getDate("plan_due").toLocalDate(),
                rs.getLong("department_id"),
                rs.getString("launched_by_name"),
                rs.getTimestamp("launched_at").toInstant());
    }

    private static CampaignUnit unit(ResultSet rs, int n) throws SQLException {
        var phase = rs.getString("phase");
        return new CampaignUnit(
                rs.getLong("campaign_id"),
                rs.getString("region_code"),
                UnitStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("taken_on_at")),
                rs.getString("taken_on_by_name"),
                rs.getString("plan"),
                instant(rs.getTimestamp("plan_filed_at")),
                rs.getString("plan_filed_by_name"),
                phase == null ? null : PhaseKind.valueOf(phase),
                rs.getInt("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
