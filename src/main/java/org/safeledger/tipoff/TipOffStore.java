package org.safeledger.tipoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code tip_off} and {@code tip_off_photo}. */
@Repository
class TipOffStore {

    private final JdbcClient jdbc;

    TipOffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(TipOffReport r, String codeHash) {
        long id = jdbc.sql("""
                INSERT INTO tip_off (code_hash, region_code, sector, place, description, contact, status, received_at)
                VALUES (?, ?, ?, ?, ?, ?, 'RECEIVED', ?) RETURNING id""")
                .params(
                        codeHash,
                        r.region().value(),
                        r.sector() == null ? null : r.sector().name(),
                        r.place(),
                        r.description(),
                        r.contact(),
                        Timestamp.from(r.receivedAt()))
                .query(Long.class)
                .single();
        for (int i = 0; i < r.photoIds().size(); i++) {
            jdbc.sql("INSERT INTO tip_off_photo (tip_off_id, position, attachment_id) VALUES (?, ?, ?)")
                    .params(id, i, r.photoIds().get(i))
                    .update();
        }
        return id;
    }

    /** Saves the tip-off's decisions if its version is still the one read; 409 otherwise. */
    void save(TipOff t) {
        var d = t.decision();
        var r = t.reward();
        int updated = jdbc.sql("""
                UPDATE tip_off SET status = ?, decided_at = ?, decided_by = ?, decided_by_name = ?, decision_note = ?,
                    hazard_id = ?, reward = ?, reward_amount = ?, reward_reason = ?, reward_at = ?, reward_by = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(
                        t.status().name(),
                        d == null ? null : Timestamp.from(d.at()),
                        d == null ? null : d.by().userId(),
                        d == null ? null : d.by().name(),
                        d == null ? null : d.note(),
                        d == null ? null : d.hazardId(),
                        r == null ? null : r.decision().name(),
                        r == null ? null : r.amount(),
                        r == null ? null : r.reason(),
                        r == null ? null : Timestamp.from(r.at()),
                        r == null ? null : r.by().userId(),
                        t.id(),
                        t.version())
                .update();
        if (updated != 1) {
            throw new ConflictException("version", "error.tipoff.stale", String.valueOf(t.id()));
        }
    }

    Optional<TipOff> find(long id) {
        return jdbc.sql("SELECT * FROM tip_off WHERE id = ?")
                .param(id)
                .query((rs, n) -> tipOff(rs, photos(rs.getLong("id"))))
                .optional();
    }

    Optional<Long> byCode(String codeHash) {
        return jdbc.sql("SELECT id FROM tip_off WHERE code_hash = ?")
                .param(codeHash)
                .query(Long.class)
                .optional();
    }

    /**
     * The newest tip-offs of the region's subtree, of the given sectors or naming none (all sectors when the set is
     * empty), received first; the access rule has the last word on each.
     */
    List<TipOff> inScope(RegionCode region, java.util.Set<Sector> sectors, int limit) {
        var names = sectors.stream().map(Sector::name).toArray(String[]::new);
        return jdbc.sql("""
                SELECT * FROM tip_off WHERE region_code LIKE :prefix || '%'
                  AND (:all OR sector IS NULL OR sector = ANY(:sectors))
                ORDER BY (status = 'RECEIVED') DESC, id DESC LIMIT :limit""")
                .param("prefix", region.subtreePrefix())
                .param("all", sectors.isEmpty())
                .param("sectors", names)
                .param("limit", limit)
                .query((rs, n) -> tipOff(rs, photos(rs.getLong("id"))))
                .list();
    }

    /** Whether the file is one of the tip-off's photos. */
    boolean holds(long tipOffId, long attachmentId) {
        return !photosWhere(tipOffId, attachmentId).isEmpty();
    }

    private List<Long> photos(long tipOffId) {
        return photosWhere(tipOffId, null);
    }

    private List<Long> photosWhere(long tipOffId, @Nullable Long attachmentId) {
        return jdbc.sql("""
                SELECT attachment_id FROM tip_off_photo WHERE tip_off_id = ?
                  AND (CAST(? AS bigint) IS NULL OR attachment_id = ?) ORDER BY position""")
                .params(tipOffId, attachmentId, attachmentId)
                .query(Long.class)
                .list();
    }

    private static TipOff tipOff(ResultSet rs, List<Long> photos) throws SQLException {
        var sector = rs.getString("sector");
        var report = new TipOffReport(
                rs.getLong("id"),
                new RegionCode(rs.getString("region_code")),
                sector == null ? null : Sector.valueOf(sector),
                rs.getString("place"),
                rs.getString("description"),
                rs.getString("contact"),
                photos,
                rs.getTimestamp("received_at").toInstant());
        TipOff.Decision decision = null;
        var decidedAt = instant(rs, "decided_at");
        if (decidedAt != null) {
            decision = new TipOff.Decision(
                    decidedAt,
                    new TipOff.Officer(rs.getLong("decided_by"), rs.getString("decided_by_name")),
                    rs.getString("decision_note"),
                    (Long) rs.getObject("hazard_id"));
        }
        TipOff.Reward reward = null;
        var rewardAt = instant(rs, "reward_at");
        if (rewardAt != null) {
            reward = new TipOff.Reward(
                    RewardDecision.valueOf(rs.getString("reward")),
                    rs.getBigDecimal("reward_amount"),
                    rs.getString("reward_reason"),
                    rewardAt,
                    new TipOff.Officer(rs.getLong("reward_by"), ""));
        }
        return new TipOff(report, TipOffStatus.valueOf(rs.getString("status")), decision, reward, rs.getInt("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
