package org.safeledger.hazard;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Sector;
import org.springframework.stereotype.Component;

/**
 * What a hazard cites of the determination standards, and what follows from it: the clauses resolved against the
 * version in force on the discovery date and the hazard's sector, and the repeat rule over earlier hazards of the
 * enterprise citing the same clauses (taken out of the ledger, which orchestrates the step).
 */
@Component
class ClauseCitations {

    private final CitationRecords hazards;
    private final org.safeledger.standard.StandardsCatalogue standards;
    private final SafeLedgerProperties properties;
    private final MajorHazardProperties major;

    ClauseCitations(
            CitationRecords hazards,
            org.safeledger.standard.StandardsCatalogue standards,
            SafeLedgerProperties properties,
            MajorHazardProperties major) {
        this.hazards = hazards;
        this.standards = standards;
        this.properties = properties;
        this.major = major;
    }

    /**
     * The clauses cited for a hazard (by id, or by number such as "18.10" among the standards for its sector): each
     * must belong to the version of its standard in force on the hazard's discovery date, and the standard must
     * apply to the hazard's sector; otherwise 400 naming {@code clauseIds}.
     */
    List<Citation> cited(
            Actor actor,
            Sector sector,
            java.time.Instant discoveredAt,
            @Nullable List<Long> clauseIds,
            @Nullable String clauseNumbers,
            java.time.Instant now) {
        var discovered = discoveredAt.atZone(properties.zone()).toLocalDate();
        // each standard version read once, however many of its clauses are cited
        var versions = new java.util.HashMap<String, org.safeledger.standard.StandardVersion>();
        java.util.function.Function<org.safeledger.standard.Clause, org.safeledger.standard.StandardVersion> versionOf =
                c -> versions.computeIfAbsent(
                        c.standardCode() + "/" + c.versionKey(),
                        k -> standards.version(c.standardCode(), c.versionKey()));
        var clauses = new java.util.ArrayList<org.safeledger.standard.Clause>();
        if (clauseIds != null) {
            for (var clauseId : clauseIds.stream().distinct().toList()) {
                try {
                    clauses.add(standards.clause(clauseId));
                } catch (NotFoundException e) {
                    throw new InvalidInputException("clauseIds", "error.hazard.clauseUnknown", clauseId);
                }
            }
        }
        if (clauseNumbers != null && !clauseNumbers.isBlank()) {
            for (var number : clauseNumbers.split("[,，;；\\s]+")) {
                if (number.isBlank()) {
                    continue;
                }
                var matches = standards.search(number.strip(), discovered, null).stream()
                        .filter(c -> c.number().equals(number.strip()))
                        .filter(c -> versionOf.apply(c).sectors().contains(sector.name()))
                        .toList();
                if (matches.size() != 1) {
                    throw new InvalidInputException("clauseIds", "error.hazard.clauseNumber", number.strip());
                }
                clauses.add(matches.get(0));
            }
        }
        if (clauses.isEmpty()) {
            throw new InvalidInputException("clauseIds", "error.field.required");
        }
        var citations = new java.util.ArrayList<Citation>();
        for (var c : clauses) {
            var version = versionOf.apply(c);
            if (!version.inForceOn(discovered)) {
                throw new InvalidInputException(
                        "clauseIds", "error.hazard.clauseNotInForce", c.number(), version.versionKey(), discovered);
            }
            if (!version.sectors().contains(sector.name())) {
                throw new InvalidInputException("clauseIds", "error.hazard.clauseSector", c.number());
            }
            if (!"ITEM".equals(c.kind())) {
                throw new InvalidInputException("clauseIds", "error.hazard.clauseAspect", c.number());
            }
            citations.add(
                    new Citation(c.id(), c.standardCode(), c.versionKey(), c.number(), c.text(), now, actor.userId()));
        }
        return citations;
    }

    /**
     * The repeat rule: an earlier hazard of the same enterprise citing one of these clauses (same standard and
     * number, whatever the version), ordered rectified or closed within the repeat window before this one was
     * discovered, makes this one a repeat (flag, timeline event, the inspectors told). The earlier hazards, or none.
     */
    List<Long> checkRepeat(Hazard hazard, List<Citation> citations, java.time.Instant now) {
        if (citations.isEmpty() || hazard.flags().contains(HazardFlag.REPEAT)) {
            return List.of();
        }
        var keys = citations.stream()
                .map(c -> c.standardCode() + " " + c.number())
                .distinct()
                .toList();
        var discovered = hazard.discoveredAt();
        var since =
                discovered.atZone(properties.zone()).minus(major.repeatWindow()).toInstant();
        var earlier = hazards.repeatOf(hazard.enterpriseId(), hazard.id(), keys, since, discovered);
        if (!earlier.isEmpty()) {
            hazard.flag(HazardFlag.REPEAT, Map.of("repeatOf", earlier, "clauses", keys), now);
        }
        return earlier;
    }
}
