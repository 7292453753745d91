package org.safeledger.tipoff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.org.RegionDirectory;
import org.safeledger.org.RegionLevel;
import org.safeledger.platform.DraftCheck;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public's side, no sign-in: a tip-off received (every field and photo checked before anything is stored, then
 * the photos and the tip-off in one transaction, so a refused one leaves nothing behind) and its tracking code read.
 */
@Service
public class TipOffIntake {

    /** Who the audit chain names for the public, and who reads a hazard's status for the tracking page. */
    private static final Actor PUBLIC = Actor.system("public");

    private final TipOffStore store;
    private final AttachmentStore attachments;
    private final RegionDirectory regions;
    private final HazardLedger hazards;
    private final DraftCheck drafts;
    private final TipOffProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TipOffIntake(
            TipOffStore store,
            AttachmentStore attachments,
            RegionDirectory regions,
            HazardLedger hazards,
            DraftCheck drafts,
            TipOffProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.attachments = attachments;
        this.regions = regions;
        this.hazards = hazards;
        this.drafts = drafts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** What the reporter keeps: the tracking code (shown once, stored only hashed) and when it was received. */
    public record Receipt(String trackingCode, Instant receivedAt) implements java.io.Serializable {}

    @Transactional
    public Receipt submit(TipOffInputs.Submission s, List<TipOffInputs.Photo> photos) {
        return receive(s, photos, TrackingCode.generate());
    }

    /**
     * A tip-off with a code chosen in advance, for the demonstration only: its tracking page can then be opened from
     * the README. The code must be one {@link TrackingCode} could have drawn.
     */
    @Transactional
    public Receipt submitForDemo(TipOffInputs.Submission s, String code) {
        TrackingCode.normalise(code).orElseThrow(() -> new IllegalArgumentException("not a tracking code: " + code));
        return receive(s, List.of(), code);
    }

    private Receipt receive(TipOffInputs.Submission s, List<TipOffInputs.Photo> photos, String code) {
        drafts.check(s);
        var region = county(s.regionCode());
        var sector = blank(s.sector())
                ? null
                : Sector.fromCode(s.sector().strip())
                        .orElseThrow(() -> new InvalidInputException("sector", "error.sector.unknown", s.sector()));
        var place = required("place", s.place());
        var description = required("description", s.description());
        checkPhotos(photos);
        var ids = attachments.storeFromPublic(
                photos.stream().map(TipOffInputs.Photo::upload).toList(),
                properties.maxPhotoBytes().toBytes());
        var now = clock.instant();
        var contact = blank(s.contact()) ? null : s.contact().strip();
        long id = store.insert(
                new TipOffReport(0, region, sector, place, description, contact, ids, now), TrackingCode.hash(code));
        events.publishEvent(Audited.by(
                PUBLIC,
                "tipoff.receive",
                "tipoff:" + id,
                Map.of("region", region.value(), "photos", ids.size(), "contact", contact != null)));
        return new Receipt(code, now);
    }

    /** The tip-off the code tracks, as the public may see it; empty for a code that tracks nothing. */
    @Transactional(readOnly = true)
    public Optional<Tracking> track(String typed) {
        return TrackingCode.normalise(typed)
                .flatMap(code -> store.byCode(TrackingCode.hash(code)))
                .flatMap(store::find)
                .map(this::tracking);
    }

    /** The counties under a region, or the provinces (the public form's way to its county). */
    public List<org.safeledger.org.Region> regionsUnder(@Nullable String code) {
        if (blank(code)) {
            return regions.provinces();
        }
        return regions.find(code.strip()).map(r -> regions.children(r.code())).orElse(List.of());
    }

    private Tracking tracking(TipOff t) {
        var d = t.decision();
        var w = t.reward();
        var hazardStatus = d == null || d.hazardId() == null
                ? null
                : hazards.get(PUBLIC, d.hazardId()).hazard().status();
        return new Tracking(
                regions.get(t.report().region().value()).name(),
                t.status(),
                t.report().receivedAt(),
                d == null ? null : d.at(),
                t.status() == TipOffStatus.REJECTED ? d.note() : null,
                hazardStatus,
                w == null ? null : w.decision(),
                w == null ? null : w.amount());
    }

    private RegionCode county(@Nullable String code) {
        if (blank(code)) {
            throw new InvalidInputException("regionCode", "error.field.required");
        }
        var region = regions.require("regionCode", code.strip());
        if (region.level() != RegionLevel.COUNTY) {
            throw new InvalidInputException("regionCode", "error.tipoff.county");
        }
        return region.regionCode();
    }

    private void checkPhotos(List<TipOffInputs.Photo> photos) {
        if (photos.size() > TipOffProperties.MAX_PHOTOS) {
            throw new InvalidInputException("photos", "error.tipoff.tooManyPhotos", TipOffProperties.MAX_PHOTOS);
        }
        long max = properties.maxPhotoBytes().toBytes();
        if (photos.stream().anyMatch(p -> p.size() > max)) {
            throw new InvalidInputException("photos", "error.tipoff.photoTooLarge", max / (1024 * 1024));
        }
    }

    private static String required(String field, @Nullable String text) {
        if (blank(text)) {
            throw new InvalidInputException(field, "error.field.required");
        }
        return text.strip();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
