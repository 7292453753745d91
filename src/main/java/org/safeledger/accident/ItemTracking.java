package org.safeledger.accident;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.Finding;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.rectification.Origin;
import org.safeledger.rectification.RectificationDraft;
import org.safeledger.rectification.Rectifications;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What tracks an investigation's item to closure: a rectification item of the authority that must carry it out (a
 * department, a government), assigned by the organiser's department; or, for the enterprise, a hazard of its
 * ledger assigned to the responsible and listed under the investigation's department, which alone verifies it.
 */
@Component
class ItemTracking {

    private final HazardLedger hazards;
    private final Rectifications rectifications;

    ItemTracking(HazardLedger hazards, Rectifications rectifications) {
        this.hazards = hazards;
        this.rectifications = rectifications;
    }

    /** A hazard's or a rectification item's id: exactly one is set. */
    record Tracked(@Nullable Long hazardId, @Nullable Long rectificationId) {}

    Tracked open(
            Actor actor,
            Accident accident,
            Investigations.Row row,
            Investigation.ItemKind kind,
            InvestigationInput.ItemDraft draft,
            String text,
            String responsible,
            LocalDate deadline) {
        var title = (kind == Investigation.ItemKind.RECOMMENDATION ? "整改建议：" : "问责落实：" + responsible + "，") + text;
        var description = text + "\n（" + row.leadingUnit() + "调查：" + accident.enterpriseName() + "事故）";
        if (draft.authority()) {
            var item = rectifications.open(
                    actor,
                    new RectificationDraft(
                            Origin.INVESTIGATION.name(),
                            accident.id(),
                            shorten(title, 200),
                            shorten(description, 4000),
                            draft.party(),
                            deadline.toString()));
            return new Tracked(null, item.id());
        }
        long hazardId = hazards.open(
                        actor,
                        Finding.of(
                                        accident.enterpriseId(),
                                        accident.sector(),
                                        "ACCIDENT_INVESTIGATION",
                                        title,
                                        description,
                                        accident.place())
                                .foundBy(row.leadingUnit())
                                .assignedTo(text, responsible, deadline)
                                .listedBy(row.departmentId(), deadline)
                                .build())
                .hazard()
                .id();
        return new Tracked(hazardId, null);
    }

    /** The item with the status of whatever tracks it, as far as the reader may see that. */
    Investigation.Item item(Actor actor, Investigations.ItemRow i, LocalDate today) {
        String status = null;
        boolean overdue = false;
        try {
            if (i.hazardId() != null) {
                var hazard = hazards.get(actor, i.hazardId()).hazard();
                status = hazard.status().name();
                overdue = hazard.overdueOn(today);
            } else if (i.rectificationId() != null) {
                var item = rectifications.get(actor, i.rectificationId());
                status = item.status().name();
                overdue = item.overdue();
            }
        } catch (NotFoundException | ForbiddenException e) {
            // the reader sees the accident but not what tracks the item: the item shows without its status
        }
        return new Investigation.Item(
                i.id(),
                i.kind(),
                i.text(),
                i.responsible(),
                i.partyKind(),
                i.proposed(),
                i.decided(),
                i.decisionNote(),
                i.deadline(),
                i.hazardId(),
                i.rectificationId(),
                status,
                overdue);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
