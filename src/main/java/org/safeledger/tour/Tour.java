package org.safeledger.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.ItemProgress;
import org.safeledger.rectification.Party;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.SafeLedgerException;

/**
 * A tour, the aggregate its steps transition: who runs it and whom it inspects, its findings, targets and
 * samples, and the clocks its feedback starts. Each step asks {@link #refusal} first; the same answer is what the
 * API's {@code availableActions} and the pages offer.
 */
public final class Tour {

    private final TourRecord record;
    private final List<TourTarget> targets;
    private final List<TourFinding> findings;
    private final List<TourSample> samples;
    private TourStatus status;
    private @Nullable LocalDate feedbackOn;
    private @Nullable LocalDate planDue;
    private @Nullable LocalDate reportDue;
    private @Nullable String summary;
    private @Nullable Instant publishedAt;

    Tour(
            TourRecord record,
            TourState state,
            List<TourTarget> targets,
            List<TourFinding> findings,
            List<TourSample> samples) {
        this.record = record;
        this.status = state.status();
        this.feedbackOn = state.feedbackOn();
        this.planDue = state.planDue();
        this.reportDue = state.reportDue();
        this.summary = state.summary();
        this.publishedAt = state.publishedAt();
        this.targets = List.copyOf(targets);
        this.findings = List.copyOf(findings);
        this.samples = List.copyOf(samples);
    }

    /** What changes as the tour goes on. */
    record TourState(
            TourStatus status,
            @Nullable LocalDate feedbackOn,
            @Nullable LocalDate planDue,
            @Nullable LocalDate reportDue,
            @Nullable String summary,
            @Nullable Instant publishedAt,
            int version) {}

    /**
     * Why the actor standing so may not take the step now, given the tour's items as they stand, or empty: the
     * step's side, the status, then the step's own condition (findings to feed back, closed items to sample,
     * everything closed and reported to conclude).
     */
    public Optional<SafeLedgerException> refusal(TourAction action, TourStanding standing, List<ItemProgress> items) {
        if (standing != action.takenBy()) {
            return Optional.of(new ForbiddenException("error.tour.notYourStep", action.name()));
        }
        if (!status.allows(action)) {
            return Optional.of(new ConflictException("status", "error.tour.notNow", status.name()));
        }
        return switch (action) {
            case FEEDBACK ->
                findings.isEmpty()
                        ? Optional.of(new ConflictException("findings", "error.tour.noFindings"))
                        : Optional.empty();
            case DRAW_SAMPLE ->
                items.stream().noneMatch(ItemProgress::closed)
                        ? Optional.of(new ConflictException("size", "error.tour.nothingClosed"))
                        : Optional.empty();
            case CONCLUDE ->
                items.stream().allMatch(ItemProgress::closed)
                                && targets.stream().allMatch(TourTarget::reported)
                        ? Optional.empty()
                        : Optional.of(new ConflictException("status", "error.tour.stillOpen"));
            default -> Optional.empty();
        };
    }

    /**
     * The feedback delivered on a day of the tour or after it, not in the future, not before the look-back: the
     * plan is due {@code planWithin} later, each item and each principal's report {@code reportWithin} later.
     */
    void feedback(LocalDate deliveredOn, LocalDate today, Period planWithin, TourProperties clocks) {
        if (deliveredOn.isBefore(record.startsOn())) {
            throw new InvalidInputException("deliveredOn", "error.tour.feedbackBeforeTour", record.startsOn());
        }
        if (deliveredOn.isAfter(today)) {
            throw new InvalidInputException("deliveredOn", "error.tour.feedbackFuture", today);
        }
        if (deliveredOn.isBefore(today.minus(clocks.feedbackLookBack()))) {
            throw new InvalidInputException(
                    "deliveredOn", "error.tour.feedbackLongAgo", today.minus(clocks.feedbackLookBack()));
        }
        this.status = status.after(TourAction.FEEDBACK);
        this.feedbackOn = deliveredOn;
        this.planDue = deliveredOn.plus(planWithin);
        this.reportDue = deliveredOn.plus(clocks.reportWithin());
    }

    /** A target's report, once. */
    Optional<ConflictException> reportRefusal(TourTarget target) {
        return target.reported()
                ? Optional.of(new ConflictException(
                        "report", "error.tour.reported", target.party().name()))
                : Optional.empty();
    }

    void publish(String summary, Instant at) {
        this.status = status.after(TourAction.PUBLISH);
        this.summary = summary;
        this.publishedAt = at;
    }

    void conclude() {
        this.status = status.after(TourAction.CONCLUDE);
    }

    /** The target the party is, if the tour has it. */
    Optional<TourTarget> target(Party party) {
        return targets.stream().filter(t -> t.is(party)).findFirst();
    }

    Optional<TourTarget> target(long targetId) {
        return targets.stream().filter(t -> t.id() == targetId).findFirst();
    }

    TourState state() {
        return new TourState(status, feedbackOn, planDue, reportDue, summary, publishedAt, record.version());
    }

    public TourRecord record() {
        return record;
    }

    public long id() {
        return record.id();
    }

    public TourStatus status() {
        return status;
    }

    public @Nullable LocalDate feedbackOn() {
        return feedbackOn;
    }

    public @Nullable LocalDate planDue() {
        return planDue;
    }

    public @Nullable LocalDate reportDue() {
        return reportDue;
    }

    public @Nullable String summary() {
        return summary;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public List<TourTarget> targets() {
        return targets;
    }

    public List<TourFinding> findings() {
        return findings;
    }

    public List<TourSample> samples() {
        return samples;
    }

    public boolean fedBack() {
        return feedbackOn != null;
    }
}
