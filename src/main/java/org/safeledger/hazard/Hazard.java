package org.safeledger.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;

/**
 * A hazard and its closed loop. Every transition checks the current status against {@link HazardStatus}'s
 * table, changes the state, and registers a {@link HazardEvent}; an illegal one throws 409 naming the status.
 * Services orchestrate and persist; they never set these fields.
 */
public class Hazard extends HazardRecord {

    /** The top of the responsibility chain: the region's leaders. */
    public static final int MAX_ESCALATION_TIER = 3;

    private final List<HazardEvent> pending = new ArrayList<>();

    Hazard(HazardState s) {
        super(s);
    }

    /**
     * Assigns the rectification: a plan, who is responsible, and a deadline not in the past; a major hazard also
     * needs its five implementations (五落实), or nothing happens (422 naming the missing parts).
     */
    void assign(
            String plan,
            String responsiblePerson,
            LocalDate deadline,
            @Nullable FiveImplementations five,
            @Nullable TreatmentPlan plan6,
            LocalDate today,
            Actor by,
            Instant at) {
        if (grade == HazardGrade.MAJOR && status.allows(HazardAction.ASSIGN)) {
            var missing = new ArrayList<>(
                    five == null ? new FiveImplementations(null, null, null, null, null).missing() : five.missing());
            missing.addAll(
                    plan6 == null ? new TreatmentPlan(null, null, null, null, null, null).missing() : plan6.missing());
            if (!missing.isEmpty()) {
                throw new org.safeledger.shared.MissingPartsException("error.hazard.fiveImplementations", missing);
            }
            this.fiveImplementations = five;
            this.treatmentPlan = plan6;
        }
        var from = transition(HazardAction.ASSIGN);
        requireNotPast("deadline", deadline, today);
        var detail = changes();
        change(detail, "plan", this.plan, plan);
        change(detail, "responsiblePerson", this.responsiblePerson, responsiblePerson);
        change(detail, "deadline", this.deadline, deadline);
        this.plan = plan;
        this.responsiblePerson = responsiblePerson;
        this.deadline = deadline;
        record(HazardEvent.Type.ASSIGNED, from, by, at, detail);
    }

    /**
     * Submits the rectification for acceptance, with evidence. A listed hazard kept on the books after a failed
     * verification needs the responsible unit's written explanation first.
     */
    void submit(String evidence, List<Long> evidenceIds, @Nullable Long costYuan, Actor by, Instant at) {
        var from = transition(HazardAction.SUBMIT);
        var detail = changes();
        change(detail, "evidence", this.evidence, evidence);
        change(detail, "evidenceIds", this.evidenceIds, evidenceIds);
        change(detail, "costYuan", this.costYuan, costYuan);
        this.evidence = evidence;
        this.evidenceIds = List.copyOf(evidenceIds);
        this.costYuan = costYuan;
        record(HazardEvent.Type.SUBMITTED, from, by, at, detail);
    }

    /** Accepts the rectification and closes the hazard (销号). */
    void accept(String opinion, Actor by, Instant at) {
        var from = transition(HazardAction.ACCEPT);
        this.verificationOpinion = opinion;
        this.closedAt = at;
        this.closedBy = by.userId();
        record(HazardEvent.Type.ACCEPTED, from, by, at, Map.of("opinion", opinion));
    }

    /**
     * A regulator confirms that the evidence flagged as reused was a false rectification (虚假整改): the submission
     * goes back to rectification and the hazard is a repeat violation, handled with aggravation like one. Like any
     * failed verification, a listed hazard stays on the books and its responsible unit owes an explanation.
     */
    void confirmFalsified(String reason, Actor by, Instant at) {
        var from = transition(HazardAction.CONFIRM_FALSIFIED);
        this.rejections++;
        this.verificationOpinion = reason;
        flags.add(HazardFlag.REPEAT);
        var detail = changes();
        detail.put("reason", reason);
        detail.put("flag", HazardFlag.REPEAT);
        keepListedOnBooks(detail);
        record(HazardEvent.Type.FALSIFIED_CONFIRMED, from, by, at, detail);
    }

    /**
     * Sends the rectification back: the reason is required and kept. A listed hazard stays on the books (继续挂账)
     * and its responsible unit owes a written explanation before it submits again.
     */
    void reject(String reason, Actor by, Instant at) {
        var from = transition(HazardAction.REJECT);
        this.rejections++;
        this.verificationOpinion = reason;
        var detail = changes();
        detail.put("reason", reason);
        detail.put("rejections", rejections);
        keepListedOnBooks(detail);
        record(HazardEvent.Type.REJECTED, from, by, at, detail);
    }

    private void keepListedOnBooks(Map<String, Object> detail) {
        if (listing != null) {
            this.explanationDue = true;
            detail.put("keptOnBooks", true);
        }
    }

    /**
     * Lists the hazard for supervision (挂牌督办) with a department as the supervising unit, a notice number and a
     * deadline not in the past; a hazard is listed once, until it is closed.
     */
    void list(Listing newListing, LocalDate today, Actor by, Instant at) {
        var from = transition(HazardAction.LIST);
        requireNotPast("deadline", newListing.deadline(), today);
        this.listing = newListing;
        var detail = changes();
        detail.put("level", newListing.level());
        detail.put("departmentId", newListing.departmentId());
        detail.put("department", newListing.departmentName());
        detail.put("noticeNo", newListing.noticeNo());
        detail.put("deadline", newListing.deadline());
        record(HazardEvent.Type.LISTED, from, by, at, detail);
    }

    /**
     * Flags the hazard: the application found something a person must look at (reused evidence). The finding is an
     * event of the application's own on the timeline; the flag stays on the hazard.
     */
    void flag(HazardFlag flag, Map<String, Object> finding, Instant at) {
        flags.add(flag);
        var detail = changes();
        detail.put("flag", flag);
        detail.putAll(finding);
        recordBySystem(HazardEvent.Type.FLAGGED, at, detail);
    }

    /** An event of the application's own: no status change, the system as the actor. */
    private void recordBySystem(HazardEvent.Type type, Instant at, Map<String, Object> detail) {
        this.updatedAt = at;
        pending.add(new HazardEvent(
                id, type, at, HazardEvent.SYSTEM_ACTOR_ID, HazardEvent.SYSTEM_ACTOR_NAME, status, status, detail));
    }

    /**
     * Grades the hazard major by the clauses of a determination standard it meets (a regulator's finding, or the
     * reporter's citation); more clauses may be cited later.
     */
    void cite(List<Citation> citations, Actor by, Instant at) {
        var from = transition(HazardAction.CITE);
        var before = grade;
        this.grade = HazardGrade.MAJOR;
        var detail = changes();
        change(detail, "grade", before, grade);
        detail.put(
                "clauses",
                citations.stream()
                        .map(c -> c.standardCode() + " " + c.versionKey() + " " + c.number())
                        .toList());
        record(HazardEvent.Type.GRADED, from, by, at, detail);
    }

    /** A regulator downgrades a major hazard to general, with the reason on record. */
    void downgrade(String reason, Actor by, Instant at) {
        var from = transition(HazardAction.DOWNGRADE);
        this.grade = HazardGrade.GENERAL;
        var detail = changes();
        change(detail, "grade", HazardGrade.MAJOR, HazardGrade.GENERAL);
        detail.put("reason", reason);
        record(HazardEvent.Type.DOWNGRADED, from, by, at, detail);
    }

    /**
     * Records one half of a major hazard's dual report (Work Safety Law art. 41): to the regulator with the state
     * and cause of the hazard and the analysis of its danger and difficulty (16号令 art. 14; the third content, the
     * treatment plan, is the hazard's own, recorded with its assignment), or to the workers' congress. Only for a
     * major hazard; each half once (the ledger keeps the rows).
     */
    void reportMajor(MajorReportChannel channel, String recipient, String report, Actor by, Instant at) {
        var from = transition(HazardAction.REPORT_MAJOR);
        var detail = changes();
        detail.put("channel", channel);
        detail.put("recipient", recipient);
        detail.put("report", report);
        record(HazardEvent.Type.MAJOR_REPORTED, from, by, at, detail);
    }

    /** Stops production in the area the hazard affects (全部或者局部停产停业) until the hazard is closed. */
    void suspend(String area, Actor by, Instant at) {
        var from = transition(HazardAction.SUSPEND);
        var detail = changes();
        detail.put("area", area);
        record(HazardEvent.Type.SUSPENDED, from, by, at, detail);
    }

    /** Production resumes in the area with the closure (no status change of its own). */
    void resume(String area, Actor by, Instant at) {
        var detail = changes();
        detail.put("area", area);
        record(HazardEvent.Type.RESUMED, status, by, at, detail);
    }

    /** The responsible unit's written explanation of a failed verification of a listed hazard (继续挂账说明). */
    void explain(String explanation, Actor by, Instant at) {
        var from = transition(HazardAction.EXPLAIN);
        this.explanationDue = false;
        record(HazardEvent.Type.EXPLAINED, from, by, at, Map.of("explanation", explanation));
    }

    /** Moves the deadline later, with a reason; extensions are counted and shown. */
    void extend(LocalDate newDeadline, String reason, LocalDate today, Actor by, Instant at) {
        var from = transition(HazardAction.EXTEND);
        requireNotPast("newDeadline", newDeadline, today);
        if (deadline != null && !newDeadline.isAfter(deadline)) {
            throw new InvalidInputException("newDeadline", "error.hazard.extendEarlier", deadline);
        }
        var detail = changes();
        change(detail, "deadline", this.deadline, newDeadline);
        detail.put("reason", reason);
        this.deadline = newDeadline;
        this.extensions++;
        detail.put("extensions", extensions);
        if (escalationTier > 0) {
            detail.put("escalationTier", Map.of("before", escalationTier, "after", 0));
        }
        // a new deadline starts the escalation over, whatever tier the stored row reached meanwhile (the sweep does
        // not move the version): whoever was told is told again if this deadline passes too
        this.escalationTier = 0;
        this.escalationReset = true;
        record(HazardEvent.Type.EXTENDED, from, by, at, detail);
    }

    /**
     * Past its deadline while the rectification is still the enterprise's to do (reported or rectifying), judged
     * on the given day; a submitted rectification waits for acceptance and is not overdue.
     */
    public boolean overdueOn(LocalDate today) {
        return status.awaitsRectification() && org.safeledger.shared.loop.DeadlineClock.passed(deadline, today);
    }

    /**
     * Escalates an overdue hazard up to the tier it has reached (by days past its deadline): one event per tier
     * crossed, oldest tier first, by the application itself. Tier 1 marks it overdue (the enterprise principal is
     * told), tier 2 brings in the supervising department, tier 3 the region's leaders. The tiers crossed, empty when
     * there is nothing to escalate (no longer overdue, or already at that tier).
     */
    List<Integer> escalate(int reachedTier, LocalDate today, Instant at) {
        if (!overdueOn(today) || reachedTier <= escalationTier) {
            return List.of();
        }
        if (reachedTier > MAX_ESCALATION_TIER) {
            throw new IllegalArgumentException("no escalation tier " + reachedTier);
        }
        var crossed = new ArrayList<Integer>();
        long daysOverdue = java.time.temporal.ChronoUnit.DAYS.between(deadline, today);
        for (int tier = escalationTier + 1; tier <= reachedTier; tier++) {
            var detail = changes();
            detail.put("tier", tier);
            detail.put("deadline", deadline);
            detail.put("daysOverdue", daysOverdue);
            recordBySystem(tier == 1 ? HazardEvent.Type.OVERDUE : HazardEvent.Type.ESCALATED, at, detail);
            crossed.add(tier);
        }
        this.escalationTier = reachedTier;
        return crossed;
    }

    /**
     * A major hazard, one a regulator found in an enforcement inspection, or a listed one is verified by a
     * regulator: the enterprise does not close what it was ordered to rectify.
     */
    public boolean needsRegulatorToVerify() {
        return grade == HazardGrade.MAJOR || source == HazardSource.ENFORCEMENT_INSPECTION || listing != null;
    }

    /**
     * Why the hazard's own state refuses the step now, or empty: the status table first, then what the step needs
     * of the hazard (a major grade to downgrade or report, reused evidence to confirm as false, no listing yet, an
     * explanation owed to explain and none owed to submit). Every transition asks this; so do the API's
     * {@code availableActions} and the page, through {@link HazardPolicy}.
     */
    public java.util.Optional<ConflictException> refusal(HazardAction action) {
        if (!status.allows(action)) {
            return conflict(
                    "status",
                    "error.hazard.transition",
                    id,
                    action.name().toLowerCase(java.util.Locale.ROOT),
                    status.name());
        }
        return switch (action) {
            case SUBMIT -> explanationDue ? conflict("explanation", "error.hazard.explanationDue", id) : none();
            case EXPLAIN -> explanationDue ? none() : conflict("explanation", "error.hazard.noExplanationDue", id);
            case LIST ->
                listing == null
                        ? none()
                        : conflict("listing", "error.hazard.alreadyListed", id, listing.departmentName());
            case DOWNGRADE, REPORT_MAJOR ->
                grade == HazardGrade.MAJOR ? none() : conflict("grade", "error.hazard.notMajor", id);
            case CONFIRM_FALSIFIED ->
                flags.contains(HazardFlag.REUSED_EVIDENCE) ? none() : conflict("flags", "error.hazard.notReused", id);
            default -> none();
        };
    }

    private static java.util.Optional<ConflictException> conflict(String field, String key, Object... args) {
        return java.util.Optional.of(new ConflictException(field, key, args));
    }

    private static java.util.Optional<ConflictException> none() {
        return java.util.Optional.empty();
    }

    private HazardStatus transition(HazardAction action) {
        var refused = refusal(action);
        if (refused.isPresent()) {
            throw refused.get();
        }
        var from = status;
        this.status = status.after(action).orElseThrow();
        return from;
    }

    private static void requireNotPast(String field, LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            throw new InvalidInputException(field, "error.hazard.deadlinePast", today);
        }
    }

    private void record(HazardEvent.Type type, HazardStatus from, Actor by, Instant at, Map<String, Object> detail) {
        this.updatedAt = at;
        pending.add(new HazardEvent(id, type, at, by.userId(), by.displayName(), from, status, detail));
    }

    private static Map<String, Object> changes() {
        return new LinkedHashMap<>();
    }

    private static void change(
            Map<String, Object> detail, String field, @Nullable Object before, @Nullable Object after) {
        var values = new LinkedHashMap<String, Object>();
        values.put("before", before);
        values.put("after", after);
        detail.put(field, values);
    }

    /** Called once the state is saved: the stored version moved on by one, as the row's did. */
    void saved() {
        this.version++;
        this.escalationReset = false;
        this.pending.clear();
    }

    /** The events registered since this hazard was loaded, oldest first; persisted with it. */
    List<HazardEvent> pendingEvents() {
        return List.copyOf(pending);
    }
}
