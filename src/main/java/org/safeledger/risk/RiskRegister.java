package org.safeledger.risk;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.DraftCheck;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises' risk lists (风险清单): risk points identified, assessed by a method version, graded into the four
 * levels; the four-colour overview. Everyone with the permission reads within their data scope; enterprise
 * principals and regulators identify and assess.
 */
@Service
public class RiskRegister {

    private final RiskPoints points;
    private final RiskMethods methods;
    private final EnterpriseRegister enterprises;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskRegister(
            RiskPoints points,
            RiskMethods methods,
            EnterpriseRegister enterprises,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.points = points;
        this.methods = methods;
        this.enterprises = enterprises;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RiskPoint identify(Actor actor, RiskPointDraft draft) {
        actor.require(Permission.RISK_MANAGE);
        drafts.check(draft);
        enterprises
                .find(actor, draft.enterpriseId())
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "error.enterprise.unknown"));
        long id = points.insert(draft, clock.instant(), actor.userId());
        events.publishEvent(Audited.by(
                actor,
                "risk.identify",
                "risk-point:" + id,
                Map.of("name", draft.name().strip(), "enterpriseId", draft.enterpriseId())));
        return get(actor, id);
    }

    @Transactional
    public RiskPoint revise(Actor actor, long id, int version, RiskPointDraft draft) {
        actor.require(Permission.RISK_MANAGE);
        drafts.check(draft);
        var before = get(actor, id);
        if (draft.enterpriseId() != before.enterpriseId()) {
            throw new InvalidInputException("enterpriseId", "error.risk.enterpriseFixed");
        }
        if (!points.update(id, version, draft)) {
            throw new ConflictException("version", "error.version.stale");
        }
        var after = get(actor, id);
        events.publishEvent(
                Audited.by(actor, "risk.revise", "risk-point:" + id, Map.of("before", before, "after", after)));
        return after;
    }

    public RiskPoint get(Actor actor, long id) {
        actor.require(Permission.RISK_READ);
        return points.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("error.risk.notFound", id));
    }

    /** A risk point in the actor's scope belonging to the enterprise, for linking a hazard to it; else 400. */
    public RiskPoint requireOf(Actor actor, String field, long riskPointId, long enterpriseId) {
        return points.find(riskPointId, actor.scope())
                .filter(p -> p.enterpriseId() == enterpriseId)
                .orElseThrow(() -> new InvalidInputException(field, "error.risk.pointOfEnterprise", riskPointId));
    }

    public PageResult<RiskPoint> list(
            Actor actor, @Nullable Long enterpriseId, @Nullable String level, PageRequest page) {
        actor.require(Permission.RISK_READ);
        var wanted = level == null || level.isBlank()
                ? null
                : org.safeledger.shared.InputValues.code(RiskLevel.class, "level", level);
        return points.list(actor.scope(), enterpriseId, wanted, page);
    }

    /** The four-colour overview: how many risk points are at each level, in scope (one enterprise or all). */
    public Map<RiskLevel, Long> overview(Actor actor, @Nullable Long enterpriseId) {
        actor.require(Permission.RISK_READ);
        return points.countByLevel(actor.scope(), enterpriseId);
    }

    /** Risk points by level for each region one level below {@code parent} (in scope: 403 outside it). */
    public Map<String, Map<RiskLevel, Long>> levelsByChildRegion(Actor actor, org.safeledger.shared.RegionCode parent) {
        actor.require(Permission.RISK_READ);
        return points.countByRegion(
                actor.scope().narrowedTo(parent), parent.subtreePrefix().length() + 2);
    }

    /**
     * Assesses the risk point with a method: the factor values must be in the method version's tables (400
     * naming the factor otherwise); the result and the raw values are kept with the version used.
     */
    @Transactional
    public RiskAssessment assess(Actor actor, long id, Assess request) {
        actor.require(Permission.RISK_MANAGE);
        drafts.check(request);
        get(actor, id);
        // one assessment at a time per point: the point's level is always its latest assessment's
        points.lock(id);
        var point = get(actor, id);
        var version = methods.resolve(request.method(), request.version());
        var evaluation = version.evaluate(request.factors() == null ? Map.of() : request.factors());
        var now = clock.instant();
        long assessmentId =
                points.insertAssessment(point.id(), version.id(), evaluation, request.note(), now, actor.userId());
        events.publishEvent(Audited.by(
                actor,
                "risk.assess",
                "risk-point:" + id,
                Map.of(
                        "method", version.method() + " " + version.versionKey(),
                        "factors", evaluation.factors(),
                        "score", evaluation.score(),
                        "level", evaluation.level(),
                        "before", point.level() == null ? "" : point.level().name())));
        return points.assessments(id).stream()
                .filter(a -> a.id() == assessmentId)
                .findFirst()
                .orElseThrow();
    }

    public List<RiskAssessment> assessments(Actor actor, long id) {
        get(actor, id);
        return points.assessments(id);
    }
}
