package org.safeledger.tipoff;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.hazard.Finding;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.org.Enterprise;
import org.safeledger.org.EnterpriseFilter;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.RegionDirectory;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments' side: the tip-offs they triage, one read, and the steps — open a hazard in the ledger (source
 * {@code PUBLIC_REPORT}, the public's photos as the hazard's), order an enforcement inspection, reject with a
 * reason, decide the reward — each asking {@link TipOffAccess} first, checking the version read, and audited.
 */
@Service
public class TipOffTriage {

    private static final int LIST_LIMIT = 200;

    private final TipOffStore store;
    private final HazardLedger hazards;
    private final EnterpriseRegister enterprises;
    private final AttachmentStore attachments;
    private final RegionDirectory regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TipOffTriage(
            TipOffStore store,
            HazardLedger hazards,
            EnterpriseRegister enterprises,
            AttachmentStore attachments,
            RegionDirectory regions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.attachments = attachments;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /** The tip-offs the actor triages: those still to decide first, then the newest. */
    @Transactional(readOnly = true)
    public List<TipOffView> list(Actor actor) {
        if (!TipOffAccess.triages(actor)) {
            throw new ForbiddenException("error.forbidden.permission", Permission.TIPOFF_TRIAGE.code());
        }
        return store.inScope(actor.scope().region(), actor.scope().sectors(), LIST_LIMIT).stream()
                .filter(t -> TipOffAccess.reads(actor, t.report()))
                .map(t -> view(actor, t))
                .toList();
    }

    @Transactional(readOnly = true)
    public TipOffView get(Actor actor, long id) {
        return view(actor, readable(actor, id));
    }

    /** The enterprises of the tip-off's county a hazard may be opened for (of its sector, when it names one). */
    @Transactional(readOnly = true)
    public List<Enterprise> enterprises(Actor actor, long id) {
        var t = readable(actor, id);
        var sector = t.report().sector();
        return enterprises
                .list(
                        actor,
                        new EnterpriseFilter(t.report().region().value(), sector == null ? null : sector.name(), null),
                        new PageRequest(0, 200))
                .items();
    }

    /** Whether the file is one of a tip-off the actor reads (its photos are shown to the triage only). */
    public boolean mayDownload(Actor actor, long id, long fileId) {
        return store.find(id).filter(t -> TipOffAccess.reads(actor, t.report())).isPresent() && store.holds(id, fileId);
    }

    @Transactional
    public TipOffView openHazard(Actor actor, long id, TipOffInputs.OpenHazard step) {
        var t = allowed(actor, id, TipOffAction.OPEN_HAZARD, step.version());
        if (step.enterpriseId() == null) {
            throw new InvalidInputException("enterpriseId", "error.field.required");
        }
        var enterprise = enterprises(actor, id).stream()
                .filter(e -> e.id() == step.enterpriseId())
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "error.tipoff.enterpriseOutside"));
        var sector = sector(t, enterprise, step.sector());
        var r = t.report();
        var title = step.title() == null || step.title().isBlank()
                ? r.place()
                : step.title().strip();
        var entry = hazards.open(
                actor,
                Finding.of(enterprise.id(), sector.name(), "PUBLIC_REPORT", title, r.description(), r.place())
                        .photos(attachments.adopt(actor, r.photoIds()))
                        .build());
        long hazardId = entry.hazard().id();
        t.openHazard(hazardId, officer(actor), clock.instant());
        return saved(actor, t, "tipoff.openHazard", Map.of("hazard", hazardId, "enterprise", enterprise.id()));
    }

    @Transactional
    public TipOffView orderInspection(Actor actor, long id, TipOffInputs.OrderInspection step) {
        var t = allowed(actor, id, TipOffAction.ORDER_INSPECTION, step.version());
        t.orderInspection(step.note() == null ? "" : step.note(), officer(actor), clock.instant());
        return saved(
                actor, t, "tipoff.orderInspection", Map.of("note", t.decision().note()));
    }

    @Transactional
    public TipOffView reject(Actor actor, long id, TipOffInputs.Reject step) {
        var t = allowed(actor, id, TipOffAction.REJECT, step.version());
        t.reject(step.reason() == null ? "" : step.reason(), officer(actor), clock.instant());
        return saved(actor, t, "tipoff.reject", Map.of("reason", t.decision().note()));
    }

    @Transactional
    public TipOffView reward(Actor actor, long id, TipOffInputs.Reward step) {
        var t = allowed(actor, id, TipOffAction.REWARD, step.version());
        if (step.decision() == null) {
            throw new InvalidInputException("decision", "error.field.required");
        }
        var decision = InputValues.code(RewardDecision.class, "decision", step.decision());
        t.reward(decision, step.amount(), step.reason(), officer(actor), clock.instant());
        var reward = t.reward();
        return saved(
                actor,
                t,
                "tipoff.reward",
                reward.amount() == null
                        ? Map.of("decision", decision.name(), "reason", String.valueOf(reward.reason()))
                        : Map.of("decision", decision.name(), "amount", reward.amount()));
    }

    private TipOff readable(Actor actor, long id) {
        return store.find(id)
                .filter(t -> TipOffAccess.reads(actor, t.report()))
                .orElseThrow(() -> new NotFoundException("error.tipoff.notFound", String.valueOf(id)));
    }

    private TipOff allowed(Actor actor, long id, TipOffAction action, @Nullable Integer version) {
        var t = readable(actor, id);
        var refused = TipOffAccess.refusal(actor, t, action);
        if (refused.isPresent()) {
            throw refused.get();
        }
        if (version == null) {
            throw new InvalidInputException("version", "error.field.required");
        }
        if (version != t.version()) {
            throw new ConflictException("version", "error.version.stale");
        }
        return t;
    }

    /** The hazard's sector: the one given or the tip-off's, if the enterprise has it; else the enterprise's first. */
    private static Sector sector(TipOff t, Enterprise enterprise, @Nullable String given) {
        if (given != null && !given.isBlank()) {
            return Sector.fromCode(given.strip())
                    .filter(enterprise.sectors()::contains)
                    .orElseThrow(() -> new InvalidInputException("sector", "error.sector.unknown", given));
        }
        var named = t.report().sector();
        if (named != null && enterprise.sectors().contains(named)) {
            return named;
        }
        return enterprise.sectors().stream()
                .sorted()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("sector", "error.field.required"));
    }

    private TipOffView saved(Actor actor, TipOff t, String action, Map<String, ?> detail) {
        store.save(t);
        events.publishEvent(Audited.by(actor, action, "tipoff:" + t.id(), detail));
        return get(actor, t.id());
    }

    private TipOffView view(Actor actor, TipOff t) {
        return TipOffView.of(t, regions.get(t.report().region().value()).name(), TipOffAccess.available(actor, t));
    }

    private static TipOff.Officer officer(Actor actor) {
        return new TipOff.Officer(actor.userId(), actor.displayName());
    }
}
