package org.safeledger.accident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.RegionCode;

/**
 * Computes the chain's deadlines (a function of the recorded facts and the time, nothing stored): the county step
 * is due {@code unitWithin} after the accident; each later step {@code perLevel} after the previous step was
 * received (or, until it is, after the previous step's deadline) — and never before the accident's level first
 * required it, since a step a re-grading adds can only be owed from then.
 */
final class ReportingChain {

    /** A step as recorded: sent and received, by whom, the parties notified. */
    record Recorded(
            @Nullable Instant sentAt,
            @Nullable String sentBy,
            @Nullable Instant receivedAt,
            @Nullable String receivedBy,
            Set<NotifiedParty> parties) {}

    private ReportingChain() {}

    static List<ChainStep> steps(
            RegionCode region,
            Instant occurredAt,
            AccidentLevel level,
            Map<AccidentLevel, Instant> levelReachedAt,
            Map<ReportStep, Recorded> recorded,
            Instant now,
            Duration unitWithin,
            Duration perLevel) {
        var steps = new ArrayList<ChainStep>();
        Instant previousBasis = null;
        var values = ReportStep.values();
        for (int i = 0; i < values.length; i++) {
            var step = values[i];
            boolean required = step.requiredFor(level);
            var done = recorded.get(step);
            if (!required && done == null) {
                continue;
            }
            Instant due;
            if (step == ReportStep.COUNTY) {
                due = occurredAt.plus(unitWithin);
            } else {
                var basis = previousBasis;
                var reached = levelReachedAt.get(step.requiredFrom());
                if (reached != null && reached.isAfter(basis)) {
                    basis = reached;
                }
                due = basis.plus(perLevel);
            }
            previousBasis = done != null && done.receivedAt() != null ? done.receivedAt() : due;
            var state = state(required, done, due, laterSent(recorded, values, i), now);
            steps.add(new ChainStep(
                    step,
                    step.region(region).value(),
                    required,
                    due,
                    done == null ? null : done.sentAt(),
                    done == null ? null : done.sentBy(),
                    done == null ? null : done.receivedAt(),
                    done == null ? null : done.receivedBy(),
                    done == null ? Set.of() : done.parties(),
                    state));
        }
        return steps;
    }

    private static boolean laterSent(Map<ReportStep, Recorded> recorded, ReportStep[] values, int i) {
        for (int j = i + 1; j < values.length; j++) {
            var later = recorded.get(values[j]);
            if (later != null && later.sentAt() != null) {
                return true;
            }
        }
        return false;
    }

    private static ChainStep.State state(
            boolean required, @Nullable Recorded done, Instant due, boolean laterSent, Instant now) {
        if (!required) {
            return ChainStep.State.NOT_REQUIRED;
        }
        if (done != null && done.sentAt() != null) {
            return done.sentAt().isAfter(due) ? ChainStep.State.LATE : ChainStep.State.ON_TIME;
        }
        if (laterSent) {
            return ChainStep.State.SKIPPED;
        }
        return now.isAfter(due) ? ChainStep.State.OVERDUE : ChainStep.State.PENDING;
    }
}
