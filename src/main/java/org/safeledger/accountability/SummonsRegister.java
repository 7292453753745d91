package org.safeledger.accountability;

import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.attachment.Upload;
import org.safeledger.platform.DraftCheck;
import org.safeledger.rectification.Origin;
import org.safeledger.rectification.RecordItems;
import org.safeledger.rectification.Rectifications;
import org.safeledger.rectification.Standing;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summons (约谈): a body records one it held with a party it may assign items to — a government, department or
 * enterprise below — with the reason, the minutes and its rectification measures, each an item of origin
 * {@code SUMMONS} assigned on the day held; the summoned files its written report by
 * {@code safeledger.accountability.summons-report-within} (20 days). Read as the items' rule reads: the summoned,
 * the body, those above.
 */
@Service
public class SummonsRegister {

    private final SummonsStore store;
    private final RecordItems items;
    private final Rectifications rectifications;
    private final AttachmentStore attachments;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period reportWithin;

    SummonsRegister(
            SummonsStore store,
            RecordItems items,
            Rectifications rectifications,
            AttachmentStore attachments,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${safeledger.accountability.summons-report-within:P20D}") Period reportWithin) {
        this.store = store;
        this.items = items;
        this.rectifications = rectifications;
        this.attachments = attachments;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
        this.reportWithin = reportWithin;
    }

    /** May the actor open the summons (the summoned, the body, those above)? */
    public boolean mayRead(Actor actor, Summons s) {
        return actor.can(Permission.RECTIFICATION_READ) && standing(actor, s).reads();
    }

    /** May the actor hold summons at all (the page's link)? Whoever may assign items. */
    public boolean mayRecord(Actor actor) {
        return rectifications.mayAssign(actor);
    }

    @Transactional
    public SummonsView record(Actor actor, SummonsInputs input, @Nullable Upload minutes) {
        drafts.check(input);
        if (!mayRecord(actor)) {
            throw new ForbiddenException("error.summons.notBody");
        }
        var subject = items.party(actor, input.subject());
        var body = items.body(actor, false);
        var trigger = InputValues.code(SummonsTrigger.class, "trigger", input.trigger());
        var heldOn = items.heldOn("heldOn", input.heldOn());
        var deadlines = new ArrayList<java.time.LocalDate>();
        for (int k = 0; k < input.measures().size(); k++) {
            deadlines.add(RecordItems.deadlineAfter(
                    "measures[" + k + "].deadline", input.measures().get(k).deadline(), heldOn));
        }
        Long minutesId = input.minutesAttachmentId();
        if (minutesId != null) {
            attachments.requireOwn(actor, "minutesAttachmentId", List.of(minutesId));
        } else if (minutes != null) {
            minutesId = attachments.storeAll(actor, List.of(minutes)).get(0);
        }
        var held = new Summons(
                0,
                body,
                subject,
                trigger,
                input.reason().strip(),
                heldOn,
                minutesId,
                heldOn.plus(reportWithin),
                SummonsStatus.HELD,
                null,
                List.of(),
                null,
                null,
                0);
        long id = store.insert(held, actor.userId(), clock.instant());
        for (int k = 0; k < input.measures().size(); k++) {
            items.open(
                    actor,
                    new RecordItems.Opening(
                            Origin.SUMMONS,
                            id,
                            input.measures().get(k).title().strip(),
                            held.reason(),
                            subject,
                            false,
                            heldOn,
                            deadlines.get(k),
                            null));
        }
        events.publishEvent(Audited.by(
                actor,
                "summons.record",
                "summons:" + id,
                Map.of("subject", subject.name(), "heldOn", heldOn.toString(), "measures", deadlines.size())));
        return get(actor, id);
    }

    /** The summoned's written report on its rectification. */
    @Transactional
    public SummonsView report(Actor actor, long id, SummonsInputs.Report input, List<Upload> files) {
        drafts.check(input);
        var summons = readable(actor, id);
        if (standing(actor, summons) != Standing.RESPONSIBLE) {
            throw new ForbiddenException("error.summons.notSummoned");
        }
        summons.reportRefusal().ifPresent(e -> {
            throw e;
        });
        if (summons.version() != input.version()) {
            throw new ConflictException("version", "error.summons.stale", id);
        }
        var ids = new ArrayList<Long>(input.attachmentIds() == null ? List.of() : input.attachmentIds());
        attachments.requireOwn(actor, "attachmentIds", ids);
        ids.addAll(attachments.storeAll(actor, files));
        var reported = summons.reported(input.report().strip(), ids, actor.displayName(), clock.instant());
        store.saveReport(reported, input.version());
        events.publishEvent(Audited.by(actor, "summons.report", "summons:" + id, Map.of("attachments", ids.size())));
        return get(actor, id);
    }

    public SummonsView get(Actor actor, long id) {
        return view(actor, readable(actor, id));
    }

    public List<SummonsView> list(Actor actor) {
        actor.require(Permission.RECTIFICATION_READ);
        var region = actor.scope().region();
        var lineage =
                new ArrayList<>(region.lineage().stream().map(RegionCode::value).toList());
        return store.list(region.subtreePrefix(), lineage, 200).stream()
                .filter(s -> standing(actor, s).reads())
                .map(s -> view(actor, s))
                .toList();
    }

    /** Whether the attachment is one of the summons' files (the minutes or the report's). */
    public boolean mayDownload(Actor actor, long id, long attachmentId) {
        var s = get(actor, id);
        return (s.minutesAttachmentId() != null && s.minutesAttachmentId() == attachmentId)
                || s.reportAttachmentIds().contains(attachmentId);
    }

    private Summons readable(Actor actor, long id) {
        actor.require(Permission.RECTIFICATION_READ);
        return store.find(id)
                .filter(s -> standing(actor, s).reads())
                .orElseThrow(() -> new NotFoundException("error.summons.notFound", id));
    }

    private static Standing standing(Actor actor, Summons s) {
        return RecordItems.standing(actor, s.subject(), s.body());
    }

    private SummonsView view(Actor actor, Summons s) {
        var today = rectifications.today();
        boolean mayReport =
                standing(actor, s) == Standing.RESPONSIBLE && s.reportRefusal().isEmpty();
        return new SummonsView(
                s.id(),
                s.body().name(),
                s.subject().kind().name(),
                s.subject().name(),
                s.trigger(),
                s.reason(),
                s.heldOn(),
                s.minutesAttachmentId(),
                s.reportDue(),
                s.reportOverdueOn(today),
                s.status(),
                s.report(),
                s.reportAttachmentIds(),
                s.reportedAt(),
                s.reportedByName(),
                items.of(Origin.SUMMONS, s.id()).stream()
                        .map(SummonsView.Measure::of)
                        .toList(),
                mayReport,
                s.version());
    }
}
