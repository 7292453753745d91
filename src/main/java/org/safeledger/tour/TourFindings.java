package org.safeledger.tour;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.attachment.Upload;
import org.safeledger.hazard.Finding;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.rectification.Party;
import org.safeledger.rectification.RecordItems;
import org.safeledger.rectification.Responsible;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records a finding during a tour: its party checked as the body may assign to it and inside the toured region
 * (and added to the targets), its evidence, and — for an enterprise's safety hazard — the hazard opened in the
 * ledger with source {@code INSPECTION_TOUR}, linked to the finding. Everything that can refuse is asked before a
 * file is stored or a hazard opened.
 */
@Component
class TourFindings {

    private final TourStore store;
    private final TourReader reader;
    private final RecordItems items;
    private final HazardLedger hazards;
    private final EnterpriseRegister enterprises;
    private final AttachmentStore attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TourFindings(
            TourStore store,
            TourReader reader,
            RecordItems items,
            HazardLedger hazards,
            EnterpriseRegister enterprises,
            AttachmentStore attachments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.reader = reader;
        this.items = items;
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
    }

    /** A party the body may assign to, inside the toured region. */
    Party target(Actor actor, RegionCode toured, Responsible given) {
        var party = items.party(actor, given);
        if (!toured.contains(party.region())) {
            throw new InvalidInputException("responsible", "error.tour.partyOutsideTour", party.name());
        }
        return party;
    }

    FindingView record(Actor actor, long id, TourInputs.FindingDraft draft, List<Upload> files) {
        store.lock(id);
        var tour = reader.allowed(actor, id, TourAction.RECORD_FINDING).tour();
        var party = target(actor, new RegionCode(tour.record().targetRegion()), draft.responsible());
        var given = draft.attachmentIds() == null ? List.<Long>of() : List.copyOf(draft.attachmentIds());
        if (given.size() + files.size() > Tours.MAX_FILES) {
            throw new InvalidInputException("attachmentIds", "error.tour.tooManyFiles", Tours.MAX_FILES);
        }
        var hazard = draft.hazard();
        Sector sector = null;
        if (hazard != null) {
            sector = sector(actor, party, hazard);
        }
        attachments.requireOwn(actor, "attachmentIds", given);
        var evidence = new ArrayList<>(given);
        evidence.addAll(attachments.storeAll(actor, files));
        Long hazardId = null;
        if (hazard != null) {
            var photos = attachments.findAll(evidence).stream()
                    .filter(a -> a.contentType().startsWith("image/"))
                    .map(a -> a.id())
                    .toList();
            hazardId = hazards.open(
                            actor,
                            Finding.of(
                                            java.util.Objects.requireNonNull(party.id()),
                                            sector.name(),
                                            "INSPECTION_TOUR",
                                            draft.title().strip(),
                                            draft.description().strip(),
                                            hazard.place().strip())
                                    .foundBy(tour.record().title())
                                    .photos(photos)
                                    .build())
                    .hazard()
                    .id();
        }
        long targetId = store.target(id, party);
        var now = clock.instant();
        var finding = new TourFinding(
                0,
                targetId,
                draft.title().strip(),
                draft.description().strip(),
                evidence,
                hazardId,
                null,
                actor.displayName(),
                now);
        long findingId = store.insertFinding(id, targetId, finding);
        events.publishEvent(Audited.by(
                actor,
                "tour.finding",
                "tour:" + id,
                hazardId == null
                        ? Map.of("finding", findingId, "responsible", party.name())
                        : Map.of("finding", findingId, "responsible", party.name(), "hazard", hazardId)));
        return TourViews.findings(reader.seen(actor, id)).stream()
                .filter(f -> f.id() == findingId)
                .findFirst()
                .orElseThrow();
    }

    /** The hazard's sector: the one given, if the enterprise has it, or the enterprise's first. */
    private Sector sector(Actor actor, Party party, TourInputs.Hazard hazard) {
        if (party.kind() != ResponsibleKind.ENTERPRISE || party.id() == null) {
            throw new InvalidInputException("hazard", "error.tour.hazardOfEnterprise");
        }
        if (!actor.can(Permission.HAZARD_REPORT)) {
            throw new ForbiddenException("error.forbidden.permission", Permission.HAZARD_REPORT.code());
        }
        var enterprise = enterprises
                .find(actor, party.id())
                .orElseThrow(() ->
                        new InvalidInputException("responsible.id", "error.rectification.unknownParty", party.id()));
        if (hazard.sector() != null && !hazard.sector().isBlank()) {
            var chosen = Sector.fromCode(hazard.sector().strip())
                    .filter(enterprise.sectors()::contains)
                    .orElseThrow(
                            () -> new InvalidInputException("hazard.sector", "error.sector.unknown", hazard.sector()));
            return chosen;
        }
        return enterprise.sectors().stream()
                .sorted()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("hazard.sector", "error.field.required"));
    }
}
