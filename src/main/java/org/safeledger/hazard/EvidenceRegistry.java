package org.safeledger.hazard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.safeledger.attachment.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every file used as rectification evidence, by content: finds a new piece of evidence that was already used for a
 * different hazard — the identical file anywhere (SHA-256), or a near-identical photo of the same enterprise
 * (perceptual hash within a few bits).
 */
@Repository
class EvidenceRegistry {

    private final JdbcClient jdbc;

    EvidenceRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One earlier use of the same (or nearly the same) evidence for another hazard. */
    record Match(long attachmentId, long otherHazardId, long otherAttachmentId, boolean identical, int distance) {}

    List<Match> earlierUses(long hazardId, long enterpriseId, List<Attachment> evidence) {
        var matches = new ArrayList<Match>();
        if (evidence.isEmpty()) {
            return matches;
        }
        for (var a : evidence) {
            jdbc.sql("SELECT hazard_id, attachment_id FROM hazard_evidence WHERE sha256 = ? AND hazard_id <> ?"
                            + " ORDER BY hazard_id LIMIT 20")
                    .params(a.sha256(), hazardId)
                    .query(rs -> {
                        matches.add(new Match(a.id(), rs.getLong(1), rs.getLong(2), true, 0));
                    });
        }
        var images = evidence.stream().filter(a -> a.phash() != null).toList();
        if (!images.isEmpty()) {
            jdbc.sql("SELECT hazard_id, attachment_id, sha256, phash FROM hazard_evidence"
                            + " WHERE enterprise_id = ? AND phash IS NOT NULL AND hazard_id <> ?")
                    .params(enterpriseId, hazardId)
                    .query(rs -> {
                        long other = rs.getLong("phash");
                        for (var a : images) {
                            if (!a.sha256().equals(rs.getString("sha256")) && Attachment.similar(a.phash(), other)) {
                                matches.add(new Match(
                                        a.id(),
                                        rs.getLong("hazard_id"),
                                        rs.getLong("attachment_id"),
                                        false,
                                        Attachment.distance(a.phash(), other)));
                            }
                        }
                    });
        }
        return matches;
    }

    void record(long hazardId, long enterpriseId, List<Attachment> evidence, Instant at) {
        for (var a : evidence) {
            jdbc.sql("INSERT INTO hazard_evidence (hazard_id, attachment_id, enterprise_id, sha256, phash, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(hazardId, a.id(), enterpriseId, a.sha256(), a.phash(), Timestamp.from(at))
                    .update();
        }
    }
}
