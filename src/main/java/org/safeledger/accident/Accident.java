package org.safeledger.accident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An accident as reported (the contents of Decree 493 art. 12) with its figures as last reported and their levels:
 * {@code level} on the confirmed dead (the law's level), {@code provisionalLevel} counting the missing as dead, and
 * {@code drivingLevel} the one the reporting chain follows ({@code safeledger.accident.level-basis}). Casualty
 * changes re-grade it up to {@code changeWindowEndsOn} (inclusive); {@code levelHistory} lists every report of
 * figures, oldest first; {@code reportingChain} its steps.
 */
public record Accident(
        long id,
        long enterpriseId,
        String enterpriseName,
        String regionCode,
        String sector,
        Instant occurredAt,
        String place,
        AccidentType type,
        String scene,
        String summary,
        String measures,
        String otherInfo,
        int deaths,
        int missing,
        int seriousInjuries,
        int minorInjuries,
        long directLossYuan,
        AccidentLevel level,
        AccidentLevel provisionalLevel,
        AccidentLevel drivingLevel,
        AccidentProperties.LevelBasis levelBasis,
        LocalDate changeWindowEndsOn,
        Instant reportedAt,
        String reportedBy,
        int version,
        List<LevelChange> levelHistory,
        List<ChainStep> reportingChain) {

    /** One report of figures: the first, or a follow-up (续报/补报), with the levels they gave. */
    public record LevelChange(
            Instant at,
            String by,
            int deaths,
            int missing,
            int seriousInjuries,
            int minorInjuries,
            long directLossYuan,
            AccidentLevel level,
            AccidentLevel provisionalLevel,
            boolean levelKept,
            String note) {}

    /** The chain's step, as it stands (a step not required and never recorded: empty). */
    public java.util.Optional<ChainStep> step(ReportStep step) {
        return reportingChain.stream().filter(s -> s.step() == step).findFirst();
    }

    /** Whether some step of the chain is late, overdue or skipped. */
    public boolean chainAlarming() {
        return reportingChain.stream().anyMatch(ChainStep::alarming);
    }
}
