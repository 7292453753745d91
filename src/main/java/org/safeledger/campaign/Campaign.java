package org.safeledger.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeledger.shared.Sector;

/** A campaign as launched: its kind, region, sectors, phases in order and the day each region's plan is due by. */
public record Campaign(
        long id,
        CampaignKind kind,
        String title,
        String regionCode,
        Set<Sector> sectors,
        List<Phase> phases,
        LocalDate planDue,
        long departmentId,
        String launchedByName,
        Instant launchedAt) {

    /** A phase with its days. */
    public record Phase(PhaseKind kind, LocalDate from, LocalDate to) {}

    Campaign withPhases(List<Phase> newPhases) {
        return new Campaign(
                id, kind, title, regionCode, sectors, newPhases, planDue, departmentId, launchedByName, launchedAt);
    }

    Campaign withId(long newId) {
        return new Campaign(
                newId, kind, title, regionCode, sectors, phases, planDue, departmentId, launchedByName, launchedAt);
    }

    public Optional<Phase> phase(PhaseKind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** The campaign's first day (its first phase's). */
    public LocalDate firstDay() {
        return phases.get(0).from();
    }

    /** The campaign's last day (its last phase's). */
    public LocalDate lastDay() {
        return phases.get(phases.size() - 1).to();
    }

    /** The phase the calendar is in on the day (the campaign's own schedule), if any. */
    public Optional<Phase> scheduledOn(LocalDate day) {
        return phases.stream()
                .filter(p -> !day.isBefore(p.from()) && !day.isAfter(p.to()))
                .findFirst();
    }
}
