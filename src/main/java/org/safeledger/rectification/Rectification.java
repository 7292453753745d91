package org.safeledger.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.EscalationChain;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.loop.DeadlineClock;
import org.safeledger.shared.loop.SupervisionColour;

/**
 * A rectification item (整改事项) and its closed loop. Every step asks {@link #refusal} (the status table, then the
 * clock), changes the state and registers a {@link RectificationEvent}; services orchestrate and persist.
 */
public class Rectification extends RectificationFacts {

    private RectificationStatus status;
    private LocalDate deadline;
    private @Nullable String plan;
    private @Nullable String measures;
    private @Nullable LocalDate lastReportOn;
    private @Nullable String evidence;
    private List<Long> evidenceIds;
    private int extensions;
    private @Nullable ExtensionRequest extensionAsked;
    private int rejections;
    private int reopenings;
    private @Nullable String opinion;
    private int escalationTier;
    private boolean escalationReset;
    private @Nullable Instant closedAt;
    private @Nullable Long closedBy;
    private int version;
    private Instant updatedAt;
    private final List<RectificationEvent> pending = new ArrayList<>();

    Rectification(RectificationState s) {
        super(s);
        this.status = s.status();
        this.deadline = s.deadline();
        this.plan = s.plan();
        this.measures = s.measures();
        this.lastReportOn = s.lastReportOn();
        this.evidence = s.evidence();
        this.evidenceIds = List.copyOf(s.evidenceIds());
        this.extensions = s.extensions();
        this.extensionAsked = s.extensionAsked();
        this.rejections = s.rejections();
        this.reopenings = s.reopenings();
        this.opinion = s.opinion();
        this.escalationTier = s.escalationTier();
        this.closedAt = s.closedAt();
        this.closedBy = s.closedBy();
        this.version = s.version();
        this.updatedAt = s.updatedAt();
    }

    /** The plan and its measures, filed or revised: the rectification is under way. */
    void plan(String plan, String measures, LocalDate today, Actor by, Instant at) {
        var from = transition(RectificationAction.PLAN, today);
        var detail = new LinkedHashMap<String, Object>();
        change(detail, "plan", this.plan, plan);
        change(detail, "measures", this.measures, measures);
        this.plan = plan;
        this.measures = measures;
        this.lastReportOn = today;
        record(RectificationEvent.Type.PLANNED, from, by, at, detail);
    }

    /** A progress report. */
    void progress(String note, LocalDate today, Actor by, Instant at) {
        var from = transition(RectificationAction.PROGRESS, today);
        this.lastReportOn = today;
        record(RectificationEvent.Type.PROGRESS, from, by, at, Map.of("note", note));
    }

    /** The evidence of completion, a text and the attachments, for the assigning body to accept. */
    void submit(String evidence, List<Long> attachmentIds, LocalDate today, Actor by, Instant at) {
        var from = transition(RectificationAction.SUBMIT, today);
        this.evidence = evidence;
        this.evidenceIds = List.copyOf(attachmentIds);
        this.lastReportOn = today;
        var detail = new LinkedHashMap<String, Object>();
        detail.put("evidence", evidence);
        detail.put("attachmentIds", attachmentIds);
        record(RectificationEvent.Type.SUBMITTED, from, by, at, detail);
    }

    /** Accepted by the assigning body: closed (销号). */
    void accept(String opinion, LocalDate today, Actor by, Instant at) {
        var from = transition(RectificationAction.ACCEPT, today);
        this.opinion = opinion;
        this.closedAt = at;
        this.closedBy = by.userId();
        this.extensionAsked = null;
        record(RectificationEvent.Type.ACCEPTED, from, by, at, Map.of("opinion", opinion));
    }

    /** Sent back: the rectification is under way again, and the rejection counts against its quality. */
    void reject(String reason, LocalDate today, Actor by, Instant at) {
        var from = transition(RectificationAction.REJECT, today);
        this.rejections++;
        this.opinion = reason;
        record(RectificationEvent.Type.REJECTED, from, by, at, Map.of("reason", reason, "rejections", rejections));
    }

    /** A later deadline asked before the deadline, with the reason and progress: the body answers by {@code answerBy}. */
    void askExtension(ExtensionRequest asked, LocalDate today, Actor by, Instant at) {
        var from = transition(RectificationAction.EXTEND, today);
        if (!asked.newDeadline().isAfter(deadline)) {
            throw new InvalidInputException("newDeadline", "error.rectification.extendEarlier", deadline);
        }
        this.extensionAsked = asked;
        var detail = new LinkedHashMap<String, Object>();
        detail.put("newDeadline", asked.newDeadline());
        detail.put("reason", asked.reason());
        detail.put("note", asked.progress());
        detail.put("answerBy", asked.answerBy());
        record(RectificationEvent.Type.EXTENSION_ASKED, from, by, at, detail);
    }

    /** The extension asked, granted by the assigning body: the deadline moves and escalation starts over from it. */
    void grantExtension(String opinion, LocalDate today, Actor by, Instant at) {
        var from = transition(RectificationAction.GRANT_EXTENSION, today);
        var asked = java.util.Objects.requireNonNull(extensionAsked);
        var detail = new LinkedHashMap<String, Object>();
        change(detail, "deadline", deadline, asked.newDeadline());
        detail.put("reason", asked.reason());
        if (!opinion.isEmpty()) {
            detail.put("opinion", opinion);
        }
        this.deadline = asked.newDeadline();
        this.extensionAsked = null;
        this.extensions++;
        this.escalationTier = 0;
        this.escalationReset = true;
        detail.put("extensions", extensions);
        record(RectificationEvent.Type.EXTENDED, from, by, at, detail);
    }

    /** The extension asked, refused by the assigning body with a reason: the deadline stands. */
    void denyExtension(String reason, LocalDate today, Actor by, Instant at) {
        var from = transition(RectificationAction.DENY_EXTENSION, today);
        var asked = java.util.Objects.requireNonNull(extensionAsked);
        this.extensionAsked = null;
        record(
                RectificationEvent.Type.EXTENSION_DENIED,
                from,
                by,
                at,
                Map.of("reason", reason, "newDeadline", asked.newDeadline()));
    }

    /**
     * Reopened after closure: a re-inspection found it not rectified. The rectification is under way again to the
     * new deadline, the escalation starts over, and the reopening counts against the party.
     */
    void reopen(String reason, LocalDate newDeadline, LocalDate today, Actor by, Instant at) {
        var from = transition(RectificationAction.REOPEN, today);
        var detail = new LinkedHashMap<String, Object>();
        change(detail, "deadline", deadline, newDeadline);
        detail.put("reason", reason);
        this.deadline = newDeadline;
        this.opinion = reason;
        this.closedAt = null;
        this.closedBy = null;
        this.reopenings++;
        this.escalationTier = 0;
        this.escalationReset = true;
        detail.put("reopenings", reopenings);
        record(RectificationEvent.Type.REOPENED, from, by, at, detail);
    }

    /**
     * Escalates an overdue item up to the tier its deadline has reached: one event per tier crossed, by the
     * application. The tiers crossed; empty when nothing is due (in time, submitted, closed, already told).
     */
    List<Integer> escalate(int reachedTier, LocalDate today, Instant at) {
        if (!overdueOn(today) || reachedTier <= escalationTier) {
            return List.of();
        }
        var crossed = new ArrayList<Integer>();
        for (int tier = escalationTier + 1; tier <= Math.min(reachedTier, EscalationChain.TIERS); tier++) {
            var detail = new LinkedHashMap<String, Object>();
            detail.put("tier", tier);
            detail.put("deadline", deadline);
            detail.put("daysOverdue", DeadlineClock.daysOverdue(deadline, today));
            this.updatedAt = at;
            pending.add(new RectificationEvent(
                    id(),
                    tier == 1 ? RectificationEvent.Type.OVERDUE : RectificationEvent.Type.ESCALATED,
                    at,
                    null,
                    RectificationEvent.SYSTEM_ACTOR_NAME,
                    status,
                    status,
                    detail));
            crossed.add(tier);
        }
        this.escalationTier = Math.min(reachedTier, EscalationChain.TIERS);
        return crossed;
    }

    /** Why the item refuses the step now (status table, then clock), or empty; the steps, API and pages ask this. */
    public Optional<ConflictException> refusal(RectificationAction action, LocalDate today) {
        if (!status.allows(action)) {
            return Optional.of(new ConflictException(
                    "status", "error.rectification.transition", id(), action.path(), status.name()));
        }
        return switch (action) {
            case EXTEND -> ExtensionRequest.askRefusal(extensionAsked, deadline, today);
            case GRANT_EXTENSION, DENY_EXTENSION -> ExtensionRequest.answerRefusal(extensionAsked, id());
            default -> Optional.empty();
        };
    }

    /** Past its deadline while still the responsible party's to do. */
    public boolean overdueOn(LocalDate today) {
        return status.owed() && DeadlineClock.passed(deadline, today);
    }

    /**
     * Behind its plan: no plan within {@code planWithin} of the assignment, no report within {@code reportEvery} of
     * the last one while rectifying, or evidence sent back and not yet submitted again.
     */
    public boolean behindPlanOn(LocalDate today, RectificationProperties clocks) {
        return switch (status) {
            case ASSIGNED -> origin.assignedOn().isBefore(today.minus(clocks.planWithin()));
            case RECTIFYING ->
                rejections > 0 || lastReportOn == null || lastReportOn.isBefore(today.minus(clocks.reportEvery()));
            default -> false;
        };
    }

    /** The 督办 colour on {@code today}. */
    public @Nullable SupervisionColour supervisionOn(LocalDate today, RectificationProperties clocks) {
        return SupervisionColour.of(status.owed(), deadline, behindPlanOn(today, clocks), today, clocks.nearDeadline());
    }

    private RectificationStatus transition(RectificationAction action, LocalDate today) {
        var refused = refusal(action, today);
        if (refused.isPresent()) {
            throw refused.get();
        }
        var from = status;
        this.status = status.after(action).orElseThrow();
        return from;
    }

    private void record(
            RectificationEvent.Type type, RectificationStatus from, Actor by, Instant at, Map<String, Object> detail) {
        this.updatedAt = at;
        pending.add(new RectificationEvent(id(), type, at, by.userId(), by.displayName(), from, status, detail));
    }

    private static void change(Map<String, Object> detail, String field, @Nullable Object before, Object after) {
        var values = new LinkedHashMap<String, Object>();
        values.put("before", before);
        values.put("after", after);
        detail.put(field, values);
    }

    /** Called once the state is saved: the stored version moved on by one, unless only the sweep's tier was saved. */
    void saved(boolean versionMoved) {
        if (versionMoved) {
            this.version++;
        }
        this.escalationReset = false;
        this.pending.clear();
    }

    /** Whether a step since loading started the escalation over (a new deadline): only then is the tier written. */
    boolean escalationReset() {
        return escalationReset;
    }

    List<RectificationEvent> pendingEvents() {
        return List.copyOf(pending);
    }

    /** The state to store. */
    RectificationState state() {
        var o = origin;
        return new RectificationState(
                o.id(),
                o.origin(),
                o.originId(),
                o.title(),
                o.description(),
                o.responsibleKind(),
                o.responsibleId(),
                o.responsibleRegion(),
                o.responsibleName(),
                o.regionCode(),
                o.assignedBy(),
                o.assignerName(),
                o.assignerDepartmentId(),
                o.assignerRegion(),
                status,
                o.assignedOn(),
                deadline,
                o.originalDeadline(),
                plan,
                measures,
                lastReportOn,
                evidence,
                evidenceIds,
                extensions,
                extensionAsked,
                rejections,
                reopenings,
                opinion,
                escalationTier,
                closedAt,
                closedBy,
                version,
                o.createdAt(),
                updatedAt);
    }

    public RectificationStatus status() {
        return status;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public @Nullable String plan() {
        return plan;
    }

    public @Nullable String measures() {
        return measures;
    }

    public @Nullable LocalDate lastReportOn() {
        return lastReportOn;
    }

    public @Nullable String evidence() {
        return evidence;
    }

    public List<Long> evidenceIds() {
        return evidenceIds;
    }

    public int extensions() {
        return extensions;
    }

    /** The extension asked and not yet answered, if any. */
    public @Nullable ExtensionRequest extensionAsked() {
        return extensionAsked;
    }

    public int rejections() {
        return rejections;
    }

    /** How often the item was reopened after closure (a re-inspection found it not rectified). */
    public int reopenings() {
        return reopenings;
    }

    public @Nullable String opinion() {
        return opinion;
    }

    public int escalationTier() {
        return escalationTier;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public int version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
