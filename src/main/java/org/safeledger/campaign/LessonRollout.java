package org.safeledger.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lesson roll-out and its progress: every target enterprise with its runs of the lesson's checklist, and the
 * totals per county.
 */
public record LessonRollout(
        long id,
        String title,
        @Nullable Long accidentId,
        @Nullable Long hazardId,
        long templateId,
        String regionCode,
        String sector,
        @Nullable String mineType,
        LocalDate deadline,
        Instant launchedAt,
        String launchedBy,
        List<Target> targets,
        List<RegionProgress> regions) {

    /** A target enterprise and how its check went. */
    public record Target(
            long enterpriseId,
            String enterpriseName,
            String regionCode,
            long runsCompleted,
            long runsOpen,
            long nonCompliant,
            long hazards) {

        public boolean checked() {
            return runsCompleted > 0;
        }
    }

    /** Per county: the targets, how many were checked, how many found something, the hazards made. */
    public record RegionProgress(String regionCode, long targets, long checked, long withFindings, long hazards) {

        public long percentChecked() {
            return targets == 0 ? 100 : checked * 100 / targets;
        }
    }

    /**
     * Still open on the day: its deadline not passed and, for an enterprise, its own check not done yet. A roll-out
     * has no steps of its own to transition (its progress is its targets' runs); the campaign that takes it over
     * gives it phases.
     */
    public boolean openOn(LocalDate today, @Nullable Long forEnterprise) {
        return !deadline.isBefore(today)
                && (forEnterprise == null
                        || targets.stream().anyMatch(t -> t.enterpriseId() == forEnterprise && !t.checked()));
    }

    public long checked() {
        return targets.stream().filter(Target::checked).count();
    }

    public long hazards() {
        return targets.stream().mapToLong(Target::hazards).sum();
    }
}
