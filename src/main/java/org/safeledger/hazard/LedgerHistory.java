package org.safeledger.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording hazards of the past (another system's ledger, the demo's history): each through the aggregate's own
 * transitions at the moments the record gives — reported when found, assigned, submitted, accepted — with its
 * timeline and one operation-log entry, so statistics, trends and reports count it like any other.
 */
@Service
public class LedgerHistory {

    private final Hazards hazards;
    private final EnterpriseRegister enterprises;
    private final SafeLedgerProperties properties;
    private final ApplicationEventPublisher events;

    LedgerHistory(
            Hazards hazards,
            EnterpriseRegister enterprises,
            SafeLedgerProperties properties,
            ApplicationEventPublisher events) {
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.properties = properties;
        this.events = events;
    }

    @Transactional
    public long record(Actor actor, PastHazard p) {
        actor.require(Permission.HAZARD_REPORT);
        var enterprise = enterprises.get(actor, p.enterpriseId());
        var at = p.discoveredAt();
        var state = new HazardState(
                0,
                p.enterpriseId(),
                enterprise.regionCode(),
                p.title(),
                p.title(),
                p.location(),
                null,
                null,
                p.sector(),
                p.source(),
                HazardGrade.GENERAL,
                HazardStatus.REPORTED,
                at,
                p.discoveredBy(),
                actor.userId(),
                List.of(),
                null,
                null,
                null,
                0,
                null,
                List.of(),
                null,
                false,
                0,
                null,
                null,
                null,
                0,
                at,
                at,
                0,
                null,
                false,
                java.util.Set.of(),
                null,
                null,
                null);
        long id = hazards.insert(state);
        var hazard = new Hazard(state.withId(id));
        var timeline = new ArrayList<HazardEvent>();
        var detail = Map.<String, Object>of("title", p.title(), "history", true);
        timeline.add(new HazardEvent(
                id,
                HazardEvent.Type.REPORTED,
                at,
                actor.userId(),
                actor.displayName(),
                null,
                HazardStatus.REPORTED,
                detail));
        if (p.assignedAt() != null) {
            if (p.deadline() == null || p.responsiblePerson() == null) {
                throw new InvalidInputException("deadline", "error.field.required");
            }
            var assignedOn = LocalDate.ofInstant(p.assignedAt(), properties.zone());
            hazard.assign(
                    "按整改方案整改", p.responsiblePerson(), p.deadline(), null, null, assignedOn, actor, p.assignedAt());
            if (p.submittedAt() != null) {
                hazard.submit(p.evidence() == null ? "已整改" : p.evidence(), List.of(), null, actor, p.submittedAt());
                if (p.closedAt() != null) {
                    hazard.accept("整改到位，同意销号", actor, p.closedAt());
                }
            }
            hazards.update(hazard);
        }
        timeline.addAll(hazard.pendingEvents());
        hazards.insertEvents(timeline);
        events.publishEvent(Audited.by(actor, "hazard.history", "hazard:" + id, detail));
        return id;
    }
}
