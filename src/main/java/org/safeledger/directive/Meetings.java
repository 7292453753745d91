package org.safeledger.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.attachment.Upload;
import org.safeledger.identity.Recipients;
import org.safeledger.notification.NotificationKind;
import org.safeledger.notification.Notifier;
import org.safeledger.org.PersonDirectory;
import org.safeledger.org.PostHolder;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.DraftCheck;
import org.safeledger.rectification.Origin;
import org.safeledger.rectification.Party;
import org.safeledger.rectification.RecordItems;
import org.safeledger.rectification.RectificationAccess;
import org.safeledger.rectification.Rectifications;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings' module API: a region's leaders record a meeting with its minutes and decisions; each decision
 * becomes a rectification item of origin {@code DIRECTIVE} for the party that carries it out, assigned on the
 * meeting's day by the region's government (its party committee for a standing committee), and is owned by a post
 * whose holder, the responsible leader, is told. Read one, the list.
 */
@Service
public class Meetings {

    private static final int LIST_LIMIT = 200;

    private final MeetingStore store;
    private final RecordItems items;
    private final Rectifications rectifications;
    private final PersonDirectory people;
    private final RegionDirectory regions;
    private final AttachmentStore attachments;
    private final Recipients recipients;
    private final Notifier notifier;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(
            MeetingStore store,
            RecordItems items,
            Rectifications rectifications,
            PersonDirectory people,
            RegionDirectory regions,
            AttachmentStore attachments,
            Recipients recipients,
            Notifier notifier,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.items = items;
        this.rectifications = rectifications;
        this.people = people;
        this.regions = regions;
        this.attachments = attachments;
        this.recipients = recipients;
        this.notifier = notifier;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    /** Meetings are recorded by the leaders of their own region. */
    public boolean mayRecord(Actor actor) {
        return actor.can(Permission.MEETING_RECORD) && RectificationAccess.leader(actor);
    }

    /** The posts a decision of the actor's region may be owned by: its leaders and department heads and below. */
    public List<PostHolder> owners(Actor actor) {
        return people.holders(actor.scope().region());
    }

    @Transactional
    public MeetingView record(Actor actor, MeetingInputs draft, @Nullable Upload minutes) {
        drafts.check(draft);
        if (!mayRecord(actor)) {
            throw new ForbiddenException("error.meeting.leadersRecord");
        }
        var kind = InputValues.code(MeetingKind.class, "kind", draft.kind());
        var region = regions.require("regionCode", draft.regionCode());
        if (!actor.scope().region().equals(region.regionCode())) {
            throw new ForbiddenException("error.meeting.ownRegion", region.name());
        }
        var heldOn = items.heldOn("heldOn", draft.heldOn());
        var decisions = new ArrayList<Checked>();
        for (int k = 0; k < draft.decisions().size(); k++) {
            decisions.add(check(
                    actor, region.regionCode(), heldOn, k, draft.decisions().get(k)));
        }
        Long minutesId = draft.minutesAttachmentId();
        if (minutesId != null) {
            attachments.requireOwn(actor, "minutesAttachmentId", List.of(minutesId));
        } else if (minutes != null) {
            minutesId = attachments.storeAll(actor, List.of(minutes)).get(0);
        }
        var now = clock.instant();
        var topic = draft.topic().strip();
        long id = store.insert(kind, region.code(), heldOn, topic, minutesId, actor.userId(), actor.displayName(), now);
        for (var d : decisions) {
            var given = d.given();
            var description = given.description() == null || given.description().isBlank()
                    ? topic + "（" + heldOn + "）议定事项"
                    : given.description().strip();
            long item = items.open(
                    actor,
                    new RecordItems.Opening(
                            Origin.DIRECTIVE,
                            id,
                            given.title().strip(),
                            description,
                            d.party(),
                            kind.byPartyCommittee(),
                            heldOn,
                            d.deadline(),
                            new RecordItems.Owner(
                                    d.owner().userId(),
                                    d.owner().title(),
                                    d.owner().personName())));
            store.insertDecision(id, given.title().strip(), d.owner(), item);
            if (d.owner().userId() != null) {
                notifier.send(
                        recipients.account(d.owner().userId()),
                        NotificationKind.DIRECTIVE_OWNED,
                        "rectification:" + item,
                        "/rectifications/" + item,
                        List.of(
                                given.title().strip(),
                                topic,
                                d.party().name(),
                                d.deadline().toString()),
                        region.regionCode(),
                        now);
            }
        }
        events.publishEvent(Audited.by(
                actor,
                "meeting.record",
                "meeting:" + id,
                Map.of("kind", kind.name(), "heldOn", heldOn.toString(), "decisions", decisions.size())));
        // the meeting held is the evidence of the region's meeting duty (照单履职)
        events.publishEvent(new org.safeledger.responsibility.DutyEvidence(
                region.code(), kind.name(), heldOn, id, topic, actor.displayName()));
        return get(actor, id);
    }

    /** A decision checked: its party, its owner, its deadline. */
    private record Checked(MeetingInputs.Decision given, Party party, PostHolder owner, LocalDate deadline) {}

    private Checked check(Actor actor, RegionCode region, LocalDate heldOn, int k, MeetingInputs.Decision d) {
        var party = items.party(actor, d.responsible());
        var owner = people.holder(region, d.ownerPostId())
                .orElseThrow(() -> new InvalidInputException(
                        "decisions[" + k + "].ownerPostId", "error.meeting.unknownPost", d.ownerPostId()));
        var deadline = RecordItems.deadlineAfter("decisions[" + k + "].deadline", d.deadline(), heldOn);
        return new Checked(d, party, owner, deadline);
    }

    public MeetingView get(Actor actor, long id) {
        var row = store.find(id)
                .filter(m -> reads(actor, m))
                .orElseThrow(() -> new NotFoundException("error.meeting.notFound", id));
        return view(actor, row);
    }

    /** The meetings of the actor's region, of the regions below and above it, newest first. */
    public List<MeetingView> list(Actor actor) {
        actor.require(Permission.MEETING_READ);
        if (actor.scope().enterpriseId() != null) {
            return List.of();
        }
        var region = actor.scope().region();
        var lineage =
                new ArrayList<>(region.lineage().stream().map(RegionCode::value).toList());
        lineage.add(region.value());
        return store.list(region.subtreePrefix(), lineage, LIST_LIMIT).stream()
                .filter(m -> reads(actor, m))
                .map(m -> view(actor, m))
                .toList();
    }

    /** A region's meetings are read by those of its region, below it and above it; never by enterprises. */
    private static boolean reads(Actor actor, MeetingStore.Row meeting) {
        if (!actor.can(Permission.MEETING_READ) || actor.scope().enterpriseId() != null) {
            return false;
        }
        return actor.scope().coversRegion(new RegionCode(meeting.regionCode()));
    }

    /** Whether the actor may download the meeting's minutes. */
    public boolean mayDownload(Actor actor, long id, long attachmentId) {
        var meeting = get(actor, id);
        return meeting.minutesAttachmentId() != null && meeting.minutesAttachmentId() == attachmentId;
    }

    private MeetingView view(Actor actor, MeetingStore.Row m) {
        var progress = new java.util.HashMap<Long, org.safeledger.rectification.ItemProgress>();
        items.of(Origin.DIRECTIVE, m.id()).forEach(p -> progress.put(p.id(), p));
        var decisions = store.decisions(m.id()).stream()
                .filter(d -> progress.containsKey(d.rectificationId()))
                .filter(d -> RecordItems.standing(
                                actor, progress.get(d.rectificationId()).party(), regional(m))
                        .reads())
                .map(d -> {
                    var p = progress.get(d.rectificationId());
                    var party = p.party();
                    return new MeetingView.DecisionView(
                            d.id(),
                            d.title(),
                            new MeetingView.Owner(d.ownerPostId(), d.ownerPost(), d.ownerName()),
                            new org.safeledger.rectification.Responsible(
                                    party.kind().name(),
                                    party.kind().regional() ? null : party.id(),
                                    party.regionCode(),
                                    party.name()),
                            d.rectificationId(),
                            p.status(),
                            p.deadline(),
                            p.overdue(),
                            p.supervision());
                })
                .toList();
        return new MeetingView(
                m.id(),
                m.kind(),
                m.regionCode(),
                m.regionName(),
                m.heldOn(),
                m.topic(),
                m.minutesAttachmentId(),
                m.recordedBy(),
                decisions,
                m.createdAt());
    }

    /** The meeting's body as the items' rule reads it: the region's government (or party committee). */
    private static Party regional(MeetingStore.Row m) {
        var kind = m.kind().byPartyCommittee()
                ? org.safeledger.responsibility.ResponsibleKind.PARTY_COMMITTEE
                : org.safeledger.responsibility.ResponsibleKind.GOVERNMENT;
        return new Party(kind, null, m.regionCode(), new RegionCode(m.regionCode()), m.regionName());
    }
}
