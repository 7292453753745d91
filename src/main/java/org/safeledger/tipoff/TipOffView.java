package org.safeledger.tipoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/** A tip-off as its triage reads it (the contact included), with the steps the reader may take now. */
public record TipOffView(
        long id,
        String regionCode,
        String regionName,
        @Nullable Sector sector,
        String place,
        String description,
        @Nullable String contact,
        List<Long> photoIds,
        TipOffStatus status,
        Instant receivedAt,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable String decisionNote,
        @Nullable Long hazardId,
        @Nullable RewardDecision reward,
        @Nullable BigDecimal rewardAmount,
        @Nullable String rewardReason,
        int version,
        List<String> availableActions) {

    /** Whether the reader may take the step now (the form is offered). */
    public boolean offers(String action) {
        return availableActions.contains(action);
    }

    static TipOffView of(TipOff t, String regionName, List<TipOffAction> available) {
        var r = t.report();
        var d = t.decision();
        var w = t.reward();
        return new TipOffView(
                t.id(),
                r.region().value(),
                regionName,
                r.sector(),
                r.place(),
                r.description(),
                r.contact(),
                r.photoIds(),
                t.status(),
                r.receivedAt(),
                d == null ? null : d.at(),
                d == null ? null : d.by().name(),
                d == null ? null : d.note(),
                d == null ? null : d.hazardId(),
                w == null ? null : w.decision(),
                w == null ? null : w.amount(),
                w == null ? null : w.reason(),
                t.version(),
                available.stream().map(TipOffAction::path).toList());
    }
}
