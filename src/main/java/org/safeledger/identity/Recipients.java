package org.safeledger.identity;

import java.util.Collection;
import java.util.List;
import org.safeledger.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who is to be told, by position in the responsibility chain: the principals of an enterprise, the staff of
 * departments, the leaders of a region. Enabled accounts only. For the application's own notifications.
 */
@Service
public class Recipients {

    private static final String SELECT = "SELECT id, username, display_name FROM user_account WHERE enabled AND ";

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts holding the enterprise principal's role (主要负责人) for the enterprise. */
    public List<Recipient> enterprisePrincipals(long enterpriseId) {
        return jdbc.sql(SELECT + "enterprise_id = ? AND 'ENTERPRISE_PRINCIPAL' = ANY(roles) ORDER BY id")
                .param(enterpriseId)
                .query(Recipients::map)
                .list();
    }

    /** Every account of the enterprise (its principals and staff): a document issued to it is for all of them. */
    public List<Recipient> enterpriseAccounts(long enterpriseId) {
        return jdbc.sql(SELECT + "enterprise_id = ? ORDER BY id")
                .param(enterpriseId)
                .query(Recipients::map)
                .list();
    }

    /** The principals of several enterprises in one read (a lesson check for every similar enterprise). */
    public List<Recipient> enterprisePrincipals(Collection<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "enterprise_id = ANY(?) AND 'ENTERPRISE_PRINCIPAL' = ANY(roles) ORDER BY id")
                .param(enterpriseIds.toArray(Long[]::new))
                .query(Recipients::map)
                .list();
    }

    /** Department heads and inspectors of the departments. */
    public List<Recipient> departmentStaff(Collection<Long> departmentIds) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT
                        + "department_id = ANY(?) AND roles && ARRAY['DEPARTMENT_HEAD', 'INSPECTOR'] ORDER BY id")
                .param(departmentIds.toArray(Long[]::new))
                .query(Recipients::map)
                .list();
    }

    /** The heads of a department (its first-responsible). */
    public List<Recipient> departmentHeads(long departmentId) {
        return jdbc.sql(SELECT + "department_id = ? AND 'DEPARTMENT_HEAD' = ANY(roles) ORDER BY id")
                .param(departmentId)
                .query(Recipients::map)
                .list();
    }

    /**
     * The leaders of the region (党政同责: party and government leaders alike hold the leader's role), nearest
     * level first: the county's; where the county has none on the platform, the prefecture's; then the province's.
     */
    public List<Recipient> regionLeaders(RegionCode region) {
        for (var level : region.lineage()) {
            var found = jdbc.sql(SELECT + "region_code = ? AND 'REGION_LEADER' = ANY(roles) ORDER BY id")
                    .param(level.value())
                    .query(Recipients::map)
                    .list();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** One account, if it is enabled: the holder of a post a decision names. */
    public List<Recipient> account(long userId) {
        return jdbc.sql(SELECT + "id = ?").param(userId).query(Recipients::map).list();
    }

    private static Recipient map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Recipient(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"));
    }

    /** An account to notify. */
    public record Recipient(long userId, String username, String displayName) {}
}
