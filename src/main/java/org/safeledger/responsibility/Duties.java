package org.safeledger.responsibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.attachment.Upload;
import org.safeledger.org.PersonDirectory;
import org.safeledger.org.Region;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duty lists checked against the record (照单履职): each region's duties by the configured list, their windows
 * performed or missed as of any day (only what was known that day counts), their records written by the posts'
 * holders with evidence or taken from the meetings held, and the {@code DUTY_NOT_PERFORMED} signals they give.
 */
@Service
public class Duties {

    private final DutyCatalogue catalogue;
    private final DutyRecordStore records;
    private final MatrixStore posts;
    private final ResponsibilityMatrix matrix;
    private final PersonDirectory people;
    private final RegionDirectory regions;
    private final AttachmentStore attachments;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final java.time.Clock clock;
    private final Period lookBack;

    Duties(
            DutyCatalogue catalogue,
            DutyRecordStore records,
            MatrixStore posts,
            ResponsibilityMatrix matrix,
            PersonDirectory people,
            RegionDirectory regions,
            AttachmentStore attachments,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            java.time.Clock clock,
            @Value("${safeledger.responsibility.look-back:P1Y}") Period lookBack) {
        this.catalogue = catalogue;
        this.records = records;
        this.posts = posts;
        this.matrix = matrix;
        this.people = people;
        this.regions = regions;
        this.attachments = attachments;
        this.drafts = drafts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.lookBack = lookBack;
    }

    /**
     * The region's duties as of the day (today when empty), one line per post they fall on, and the signals they
     * give: every window missed that ended within the look-back. One reading serves both.
     */
    public DutyBoard board(Actor actor, String regionCode, @Nullable String asOf) {
        var region = readable(actor, regionCode);
        var day = day(asOf);
        var since = day.minus(lookBack);
        // every window is a part of a calendar year: the first one starts on or after that year's first day
        var known = records.of(region.code(), since.withDayOfYear(1), day, endOf(day));
        var lines = new ArrayList<DutyLine>();
        var regionPosts = posts.posts(region.code());
        var accounts = people.accounts(regionPosts.stream()
                .flatMap(p -> p.holdings().stream())
                .map(Holding::personId)
                .distinct()
                .toList());
        boolean maintainer = matrix.maintainable(actor, region.regionCode());
        for (var duty : catalogue.of(region)) {
            var fallsOn =
                    regionPosts.stream().filter(p -> p.role() == duty.role()).toList();
            if (fallsOn.isEmpty()) {
                lines.add(line(duty, null, known, since, day, maintainer));
                continue;
            }
            for (var post : fallsOn) {
                var holder = post.holderOn(today());
                boolean holds = holder.isPresent()
                        && Long.valueOf(actor.userId())
                                .equals(accounts.get(holder.get().personId()));
                lines.add(line(duty, post, known, since, day, maintainer || holds));
            }
        }
        var signals = new ArrayList<IdlingSignal>();
        for (var line : lines) {
            for (var w : line.windows()) {
                if (w.status() == DutyLine.Status.MISSED && !w.to().isBefore(since)) {
                    signals.add(signal(region, line, w));
                }
            }
        }
        return new DutyBoard(region.code(), region.name(), day, lines, signals);
    }

    /** A region's duty lines and the signals they give, as of a day. */
    public record DutyBoard(
            String regionCode, String regionName, LocalDate asOf, List<DutyLine> lines, List<IdlingSignal> signals) {}

    /** A duty performed, recorded by the post's holder (or the region's safety committee office) with evidence. */
    @Transactional
    public DutyRecord record(Actor actor, DutyInputs input, List<Upload> files) {
        drafts.check(input);
        var code = input.regionCode() == null || input.regionCode().isBlank()
                ? actor.scope().region().value()
                : input.regionCode().strip();
        var region = readable(actor, code);
        var duty = catalogue
                .find(input.dutyId().strip())
                .filter(d -> d.appliesTo(region))
                .orElseThrow(() -> new InvalidInputException("dutyId", "error.duty.unknown", input.dutyId()));
        if (duty.evidence().derived()) {
            throw new InvalidInputException("dutyId", "error.duty.fromMeetings");
        }
        var day = InputValues.date("performedOn", input.performedOn());
        if (day == null || day.isAfter(today()) || day.isBefore(today().minusYears(2))) {
            throw new InvalidInputException("performedOn", "error.duty.dayOutOfRange");
        }
        var post = post(region, duty, input.postId());
        if (!matrix.maintainable(actor, region.regionCode()) && !holds(actor, post, day)) {
            throw new ForbiddenException("error.duty.notHolder");
        }
        var ids = new ArrayList<Long>(input.attachmentIds() == null ? List.of() : input.attachmentIds());
        attachments.requireOwn(actor, "attachmentIds", ids);
        ids.addAll(attachments.storeAll(actor, files));
        var record = new DutyRecord(
                0,
                region.code(),
                duty.code(),
                post == null ? null : post.id(),
                day,
                input.note().strip(),
                ids,
                "RECORDED",
                null,
                actor.displayName(),
                clock.instant());
        records.insert(record, actor.userId());
        events.publishEvent(Audited.by(
                actor,
                "duty.record",
                "duty:" + region.code() + ":" + duty.code(),
                Map.of("performedOn", day.toString(), "note", record.note())));
        return record;
    }

    /** Whether the file is evidence of a duty record the actor may read (the duty page's download). */
    public boolean mayDownload(Actor actor, long recordId, long attachmentId) {
        var record = records.find(recordId).orElse(null);
        return record != null
                && MatrixAccess.readRefusal(actor, new RegionCode(record.regionCode()))
                        .isEmpty()
                && record.attachmentIds().contains(attachmentId);
    }

    /** A meeting held performs the meeting duties of its kind at its region's level, recorded once. */
    @EventListener
    void on(DutyEvidence e) {
        var region = regions.find(e.regionCode()).orElse(null);
        if (region == null) {
            return;
        }
        var regionPosts = posts.posts(region.code());
        for (var duty : catalogue.of(region)) {
            if (duty.evidence() == DutyEvidenceKind.MEETING && e.kind().equals(duty.meetingKind())) {
                var post = regionPosts.stream()
                        .filter(p -> p.role() == duty.role())
                        .findFirst()
                        .orElse(null);
                records.insert(
                        new DutyRecord(
                                0,
                                region.code(),
                                duty.code(),
                                post == null ? null : post.id(),
                                e.day(),
                                e.note(),
                                List.of(),
                                "MEETING",
                                e.sourceId(),
                                e.by(),
                                clock.instant()),
                        null);
            }
        }
    }

    private DutyLine line(
            Duty duty,
            @Nullable LeaderPost post,
            List<DutyRecord> known,
            LocalDate since,
            LocalDate day,
            boolean mayRecord) {
        var mine = known.stream()
                .filter(r -> r.dutyCode().equals(duty.code()))
                .filter(r -> post == null || r.postId() == null || r.postId() == post.id())
                .toList();
        var holder = post == null
                ? null
                : post.holderOn(day).map(Holding::personName).orElse(null);
        return new DutyLine(
                duty,
                post == null ? null : post.id(),
                post == null ? null : post.title(),
                holder,
                DutyLine.windows(duty, since, day, mine),
                mayRecord && !duty.evidence().derived());
    }

    private static IdlingSignal signal(Region region, DutyLine line, DutyLine.WindowLine w) {
        var subject = line.postId() == null
                ? new IdlingSignal.Subject("REGION", null, region.code(), region.name())
                : new IdlingSignal.Subject(
                        "POST",
                        line.postId(),
                        region.code(),
                        line.post() + (line.holder() == null ? "" : " " + line.holder()));
        var facts = new ArrayList<Map<String, Object>>();
        facts.add(Map.of("fact", "NO_RECORD", "duty", line.duty().code(), "from", w.from(), "to", w.to()));
        facts.add(Map.of(
                "fact",
                "EVERY",
                "every",
                line.duty().every().toString(),
                "evidence",
                line.duty().evidence()));
        return new IdlingSignal(
                "DUTY_NOT_PERFORMED",
                subject,
                w.to().plusDays(1),
                facts,
                line.duty().source());
    }

    private @Nullable LeaderPost post(Region region, Duty duty, @Nullable Long postId) {
        var candidates = posts.posts(region.code()).stream()
                .filter(p -> p.role() == duty.role())
                .toList();
        if (postId != null) {
            return candidates.stream()
                    .filter(p -> p.id() == postId)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("postId", "error.matrix.postNotFound", postId));
        }
        if (candidates.size() > 1) {
            throw new InvalidInputException("postId", "error.duty.whichPost");
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private boolean holds(Actor actor, @Nullable LeaderPost post, LocalDate day) {
        if (post == null) {
            return false;
        }
        var holder = post.holderOn(day);
        return holder.isPresent()
                && Long.valueOf(actor.userId())
                        .equals(people.accounts(List.of(holder.get().personId()))
                                .get(holder.get().personId()));
    }

    private Region readable(Actor actor, String regionCode) {
        var region = regions.require("regionCode", regionCode);
        var refused = MatrixAccess.readRefusal(actor, new RegionCode(region.code()));
        if (refused.isPresent()) {
            throw refused.get();
        }
        return region;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** The day asked: today when none; never after today (the record holds no future) nor before 2000. */
    private LocalDate day(@Nullable String asOf) {
        var day = InputValues.date("asOf", asOf);
        if (day == null) {
            return today();
        }
        if (day.isAfter(today()) || day.getYear() < 2000) {
            throw new InvalidInputException("asOf", "error.asOf.range", today());
        }
        return day;
    }

    /** The end of the day in the configured zone: what was known "on" it. */
    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(properties.zone()).toInstant().minusNanos(1);
    }
}
