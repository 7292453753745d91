package org.safeledger.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.attachment.Upload;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.safeledger.shared.Permission;
import org.safeledger.shared.loop.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rectification items' module API: open one (from the API, a page, or another module's record: an
 * investigation, a tour, a meeting), take each step of its loop, read one, its timeline, the ledger. Each step loads
 * the aggregate, asks {@link RectificationPolicy}, lets the aggregate transition, and saves state and timeline in
 * the caller's transaction with an operation-log entry and the notifications.
 */
@Service
public class Rectifications {

    /** Evidence files per submission, as the step's {@code attachmentIds} allows. */
    public static final int MAX_FILES = 20;

    private final RectificationStore store;
    private final Parties parties;
    private final ItemOpening opening;
    private final RectificationNotices notices;
    private final AttachmentStore attachments;
    private final DraftCheck drafts;
    private final RectificationProperties clocks;
    private final SafeLedgerProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rectifications(
            RectificationStore store,
            Parties parties,
            ItemOpening opening,
            RectificationNotices notices,
            AttachmentStore attachments,
            DraftCheck drafts,
            RectificationProperties clocks,
            SafeLedgerProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.parties = parties;
        this.opening = opening;
        this.notices = notices;
        this.attachments = attachments;
        this.drafts = drafts;
        this.clocks = clocks;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Today where the items are kept (deadlines are calendar days there). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** Opens an item assigned by the actor's body to a party inside its region, due by a day after today. */
    @Transactional
    public RectificationView open(Actor actor, RectificationDraft draft) {
        drafts.check(draft);
        var origin = InputValues.code(Origin.class, "origin", draft.origin());
        var party = parties.responsible(actor, draft.responsible());
        var refused =
                RectificationAccess.assignRefusal(actor, party.kind(), party.id(), party.regionCode(), party.region());
        if (refused.isPresent()) {
            throw refused.get();
        }
        var deadline = deadline("deadline", draft.deadline());
        var item = opening.open(
                actor,
                origin,
                draft.originId(),
                draft.title().strip(),
                draft.description().strip(),
                party,
                parties.assigner(actor, false),
                today(),
                deadline);
        return view(actor, item);
    }

    @Transactional
    public RectificationView plan(Actor actor, long id, Steps.Plan step) {
        drafts.check(step);
        return step(
                actor,
                id,
                step.version(),
                RectificationAction.PLAN,
                (r) -> r.plan(step.plan().strip(), step.measures().strip(), today(), actor, clock.instant()));
    }

    @Transactional
    public RectificationView progress(Actor actor, long id, Steps.Progress step) {
        drafts.check(step);
        return step(
                actor,
                id,
                step.version(),
                RectificationAction.PROGRESS,
                (r) -> r.progress(step.note().strip(), today(), actor, clock.instant()));
    }

    @Transactional
    public RectificationView submit(Actor actor, long id, Steps.Submit step) {
        drafts.check(step);
        var ids = step.attachmentIds() == null ? List.<Long>of() : List.copyOf(step.attachmentIds());
        return step(actor, id, step.version(), RectificationAction.SUBMIT, (r) -> {
            attachments.requireOwn(actor, "attachmentIds", ids);
            r.submit(step.evidence().strip(), ids, today(), actor, clock.instant());
        });
    }

    /**
     * The page's submission: evidence text and files received with it. Everything that can refuse the step is
     * asked before a byte is stored; the files become the actor's attachments and the evidence's.
     */
    @Transactional
    public RectificationView submitWithFiles(Actor actor, long id, Steps.Submit step, List<Upload> files) {
        drafts.check(step);
        allowed(actor, id, RectificationAction.SUBMIT);
        var ids = new java.util.ArrayList<Long>(step.attachmentIds() == null ? List.of() : step.attachmentIds());
        if (ids.size() + files.size() > MAX_FILES) {
            throw new InvalidInputException("attachmentIds", "error.rectification.tooManyFiles", MAX_FILES);
        }
        ids.addAll(attachments.storeAll(actor, files));
        return submit(actor, id, new Steps.Submit(step.version(), step.evidence(), ids));
    }

    @Transactional
    public RectificationView accept(Actor actor, long id, Steps.Accept step) {
        drafts.check(step);
        return step(
                actor,
                id,
                step.version(),
                RectificationAction.ACCEPT,
                (r) -> r.accept(step.opinion().strip(), today(), actor, clock.instant()));
    }

    @Transactional
    public RectificationView reject(Actor actor, long id, Steps.Reject step) {
        drafts.check(step);
        return step(
                actor,
                id,
                step.version(),
                RectificationAction.REJECT,
                (r) -> r.reject(step.reason().strip(), today(), actor, clock.instant()));
    }

    /** An extension asked, for the assigning body to answer within the configured working days. */
    @Transactional
    public RectificationView extend(Actor actor, long id, Steps.Extend step) {
        drafts.check(step);
        var newDeadline = InputValues.date("newDeadline", step.newDeadline());
        var today = today();
        var asked = new ExtensionRequest(
                newDeadline,
                step.reason().strip(),
                step.progress().strip(),
                today,
                WorkingDays.after(today, clocks.extensionAnswerWithin()),
                actor.displayName());
        return step(
                actor,
                id,
                step.version(),
                RectificationAction.EXTEND,
                (r) -> r.askExtension(asked, today, actor, clock.instant()));
    }

    @Transactional
    public RectificationView grantExtension(Actor actor, long id, Steps.GrantExtension step) {
        drafts.check(step);
        var opinion = step.opinion() == null ? "" : step.opinion().strip();
        return step(
                actor,
                id,
                step.version(),
                RectificationAction.GRANT_EXTENSION,
                (r) -> r.grantExtension(opinion, today(), actor, clock.instant()));
    }

    @Transactional
    public RectificationView denyExtension(Actor actor, long id, Steps.DenyExtension step) {
        drafts.check(step);
        return step(
                actor,
                id,
                step.version(),
                RectificationAction.DENY_EXTENSION,
                (r) -> r.denyExtension(step.reason().strip(), today(), actor, clock.instant()));
    }

    /** Reopened by the assigning body after a re-inspection found it not rectified, to a new deadline. */
    @Transactional
    public RectificationView reopen(Actor actor, long id, Steps.Reopen step) {
        drafts.check(step);
        var newDeadline = deadline("newDeadline", step.newDeadline());
        return step(
                actor,
                id,
                step.version(),
                RectificationAction.REOPEN,
                (r) -> r.reopen(step.reason().strip(), newDeadline, today(), actor, clock.instant()));
    }

    /** A deadline an assigning body sets: after today, at most three years away. */
    private LocalDate deadline(String field, String value) {
        var deadline = InputValues.date(field, value);
        if (!deadline.isAfter(today())) {
            throw new InvalidInputException(field, "error.rectification.deadlinePast", today());
        }
        if (deadline.isAfter(today().plusYears(3))) {
            throw new InvalidInputException(field, "error.rectification.deadlineFar");
        }
        return deadline;
    }

    private RectificationView step(
            Actor actor, long id, int version, RectificationAction action, Consumer<Rectification> transition) {
        var item = allowed(actor, id, action);
        if (item.version() != version) {
            throw new ConflictException("version", "error.rectification.stale", id);
        }
        transition.accept(item);
        var detail = item.pendingEvents().get(item.pendingEvents().size() - 1).detail();
        store.save(item, version);
        events.publishEvent(Audited.by(actor, "rectification." + action.path(), "rectification:" + id, detail));
        notices.stepped(item, action, clock.instant());
        return view(actor, item);
    }

    /** The item, when the actor reads it and may take the step on it now (the policy's refusal otherwise). */
    private Rectification allowed(Actor actor, long id, RectificationAction action) {
        var item = readable(actor, id);
        var standing = RectificationAccess.standing(actor, RectificationAccess.Facts.of(item));
        var refused = RectificationPolicy.refusal(item, standing, action, today());
        if (refused.isPresent()) {
            throw refused.get();
        }
        return item;
    }

    public RectificationView get(Actor actor, long id) {
        return view(actor, readable(actor, id));
    }

    public List<RectificationEvent> events(Actor actor, long id) {
        readable(actor, id);
        return store.events(id);
    }

    public PageResult<RectificationView> list(Actor actor, RectificationFilter filter, PageRequest page) {
        actor.require(Permission.RECTIFICATION_READ);
        var clocksToday = RectificationStore.Clocks.of(today(), clocks);
        return store.list(RectificationAccess.predicate(actor, filter.standing()), filter, clocksToday, page)
                .map(r -> view(actor, r));
    }

    /** The items opened from one record of another module (an accident's investigation, a tour), as the actor reads them. */
    public List<RectificationView> ofOrigin(Actor actor, Origin origin, long originId) {
        return store.ofOrigin(origin, originId).stream()
                .filter(r -> RectificationAccess.standing(actor, RectificationAccess.Facts.of(r))
                        .reads())
                .map(r -> view(actor, r))
                .toList();
    }

    /** Working days the assigning body has to answer an extension asked (the page says so to the asker). */
    public int extensionAnswerWithin() {
        return clocks.extensionAnswerWithin();
    }

    /** May the actor open items at all (the page's "assign" link)? */
    public boolean mayAssign(Actor actor) {
        return actor.can(Permission.RECTIFICATION_ASSIGN)
                && (actor.departmentId() != null || RectificationAccess.leader(actor));
    }

    private Rectification readable(Actor actor, long id) {
        actor.require(Permission.RECTIFICATION_READ);
        return store.find(id)
                .filter(r -> RectificationAccess.standing(actor, RectificationAccess.Facts.of(r))
                        .reads())
                .orElseThrow(() -> new NotFoundException("error.rectification.notFound", id));
    }

    private RectificationView view(Actor actor, Rectification item) {
        var standing = RectificationAccess.standing(actor, RectificationAccess.Facts.of(item));
        var today = today();
        return RectificationView.of(
                item, standing, RectificationPolicy.available(item, standing, today), today, clocks);
    }
}
