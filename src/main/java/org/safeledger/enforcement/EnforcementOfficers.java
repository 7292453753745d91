package org.safeledger.enforcement;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.identity.Recipients;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's enforcement officers and their certificates (执法证): the head of a department (or an
 * administrator) records each officer's certificate number; a document is signed by the issuing officer and a second
 * officer of the same department (行政处罚法 art. 42: 执法人员不得少于两人), each named with their certificate.
 */
@Service
public class EnforcementOfficers {

    private final JdbcClient jdbc;
    private final Recipients recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnforcementOfficers(JdbcClient jdbc, Recipients recipients, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
    }

    /** The inspectors and head of the department, each with their certificate number (or none recorded yet). */
    public List<Officer> ofDepartment(long departmentId) {
        var staff = recipients.departmentStaff(List.of(departmentId));
        var numbers =
                certificates(staff.stream().map(Recipients.Recipient::userId).toList());
        return staff.stream()
                .map(r -> new Officer(r.userId(), r.displayName(), numbers.get(r.userId())))
                .toList();
    }

    /** Records (or corrects) an officer's certificate number: the head of the officer's department, or an admin. */
    @Transactional
    public void record(Actor actor, long userId, @Nullable String certificateNo) {
        var departmentId = actor.departmentId();
        boolean head = actor.has(Role.DEPARTMENT_HEAD) && departmentId != null;
        if (!head && !actor.has(Role.ADMINISTRATOR)) {
            throw new ForbiddenException("error.enforcement.certificateByHead");
        }
        if (head && ofDepartment(departmentId).stream().noneMatch(o -> o.userId() == userId)) {
            throw new InvalidInputException("userId", "error.enforcement.notOfficer");
        }
        var number = certificateNo == null ? "" : certificateNo.strip();
        if (number.isEmpty() || number.length() > 50) {
            throw new InvalidInputException("certificateNo", "error.enforcement.certificateNo");
        }
        jdbc.sql("""
                        INSERT INTO enforcement_certificate (user_id, certificate_no, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE
                        SET certificate_no = EXCLUDED.certificate_no, recorded_by = EXCLUDED.recorded_by,
                            recorded_at = EXCLUDED.recorded_at""")
                .params(userId, number, actor.userId(), Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(
                Audited.by(actor, "enforcement.certificate", "user:" + userId, Map.of("certificateNo", number)));
    }

    /**
     * The officers who sign a document the actor issues for the department: the actor first, then the second officer
     * named (another officer of the same department). Without a second officer named, the document names the issuer
     * alone and its printed form leaves the second officer's line blank (the API keeps older clients working).
     */
    List<Officer> signing(Actor actor, long departmentId, @Nullable Long secondOfficerId) {
        var staff = ofDepartment(departmentId);
        var issuer = staff.stream()
                .filter(o -> o.userId() == actor.userId())
                .findFirst()
                .orElse(new Officer(
                        actor.userId(),
                        actor.displayName(),
                        certificate(actor.userId()).orElse(null)));
        var officers = new ArrayList<Officer>(List.of(issuer));
        if (secondOfficerId != null) {
            if (secondOfficerId == actor.userId()) {
                throw new InvalidInputException("secondOfficerId", "error.enforcement.secondOfficerSame");
            }
            officers.add(staff.stream()
                    .filter(o -> o.userId() == secondOfficerId)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("secondOfficerId", "error.enforcement.notOfficer")));
        }
        return officers;
    }

    Optional<String> certificate(long userId) {
        return Optional.ofNullable(certificates(List.of(userId)).get(userId));
    }

    private Map<Long, String> certificates(List<Long> userIds) {
        var numbers = new java.util.HashMap<Long, String>();
        if (userIds.isEmpty()) {
            return numbers;
        }
        jdbc.sql("SELECT user_id, certificate_no FROM enforcement_certificate WHERE user_id = ANY(?)")
                .param(userIds.toArray(Long[]::new))
                .query(rs -> {
                    numbers.put(rs.getLong(1), rs.getString(2));
                });
        return numbers;
    }
}
