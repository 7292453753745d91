package org.safeledger.tipoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;

/**
 * A tip-off, the aggregate its triage transitions: each step asks {@link #refusal} (the status's table, and the
 * reward decided once), changes the state, or throws {@link ConflictException} naming the tip-off and its status.
 */
public final class TipOff {

    /** The largest reward recorded by hand (yuan); larger sums are decided elsewhere, not typed into a form. */
    static final BigDecimal MAX_REWARD = new BigDecimal("1000000");

    static final int MAX_NOTE = 1000;

    private final TipOffReport report;
    private final int version;
    private TipOffStatus status;
    private @Nullable Decision decision;
    private @Nullable Reward reward;

    TipOff(
            TipOffReport report,
            TipOffStatus status,
            @Nullable Decision decision,
            @Nullable Reward reward,
            int version) {
        this.report = report;
        this.status = status;
        this.decision = decision;
        this.reward = reward;
        this.version = version;
    }

    /** A new tip-off, just received. */
    static TipOff received(TipOffReport report) {
        return new TipOff(report, TipOffStatus.RECEIVED, null, null, 0);
    }

    /** Who decided, for the record (never shown to the public). */
    public record Officer(long userId, String name) {}

    /** The triage decision: when, by whom, its note (the rejection's reason is public wording), the hazard opened. */
    public record Decision(
            Instant at,
            Officer by,
            @Nullable String note,
            @Nullable Long hazardId) {}

    /** The reward decision: granted with an amount (yuan) or declined with a reason. */
    public record Reward(
            RewardDecision decision,
            @Nullable BigDecimal amount,
            @Nullable String reason,
            Instant at,
            Officer by) {}

    /** Why the action cannot be taken now, or empty. */
    public Optional<ConflictException> refusal(TipOffAction action) {
        if (!status.allows(action)) {
            return Optional.of(
                    new ConflictException("status", "error.tipoff.notNow", String.valueOf(report.id()), status.name()));
        }
        if (action == TipOffAction.REWARD && reward != null) {
            return Optional.of(
                    new ConflictException("reward", "error.tipoff.rewardDecided", String.valueOf(report.id())));
        }
        return Optional.empty();
    }

    void openHazard(long hazardId, Officer by, Instant at) {
        decide(TipOffAction.OPEN_HAZARD, new Decision(at, by, null, hazardId));
    }

    void orderInspection(String note, Officer by, Instant at) {
        decide(TipOffAction.ORDER_INSPECTION, new Decision(at, by, required("note", note), null));
    }

    void reject(String reason, Officer by, Instant at) {
        decide(TipOffAction.REJECT, new Decision(at, by, required("reason", reason), null));
    }

    /** Granted with an amount above zero (at most {@link #MAX_REWARD}), or declined with a reason. */
    void reward(RewardDecision granted, @Nullable BigDecimal amount, @Nullable String reason, Officer by, Instant at) {
        require(TipOffAction.REWARD);
        if (granted == RewardDecision.GRANTED) {
            if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_REWARD) > 0 || amount.scale() > 2) {
                throw new InvalidInputException("amount", "error.tipoff.amount", MAX_REWARD);
            }
            this.reward =
                    new Reward(granted, amount, reason == null || reason.isBlank() ? null : reason.strip(), at, by);
        } else {
            this.reward = new Reward(granted, null, required("reason", reason), at, by);
        }
    }

    private void decide(TipOffAction action, Decision decision) {
        require(action);
        this.status = status.after(action);
        this.decision = decision;
    }

    private void require(TipOffAction action) {
        var refused = refusal(action);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** A note or reason: required, at most {@link #MAX_NOTE} characters. */
    private static String required(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "error.field.required");
        }
        if (text.strip().length() > MAX_NOTE) {
            throw new InvalidInputException(field, "error.tipoff.tooLong", MAX_NOTE);
        }
        return text.strip();
    }

    public long id() {
        return report.id();
    }

    public TipOffReport report() {
        return report;
    }

    public TipOffStatus status() {
        return status;
    }

    public @Nullable Decision decision() {
        return decision;
    }

    public @Nullable Reward reward() {
        return reward;
    }

    public int version() {
        return version;
    }
}
