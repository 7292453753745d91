package org.safeledger.tour;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.attachment.Upload;
import org.safeledger.platform.DraftCheck;
import org.safeledger.rectification.Origin;
import org.safeledger.rectification.RecordItems;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.RandomDraw;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "second half" after the feedback: each target's principal's report, the re-inspection sample of closed items
 * and its verification, the public summary of the rectification (整改情况通报), and the tour's conclusion.
 */
@Service
public class TourFollowUp {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TourStore store;
    private final TourReader reader;
    private final RecordItems items;
    private final AttachmentStore attachments;
    private final DraftCheck drafts;
    private final TourProperties clocks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TourFollowUp(
            TourStore store,
            TourReader reader,
            RecordItems items,
            AttachmentStore attachments,
            DraftCheck drafts,
            TourProperties clocks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.reader = reader;
        this.items = items;
        this.attachments = attachments;
        this.drafts = drafts;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    /** A target's principal's report, filed once by those who answer for the target. */
    @Transactional
    public TourView principalReport(
            Actor actor, long id, long targetId, TourInputs.PrincipalReport step, List<Upload> files) {
        drafts.check(step);
        store.lock(id);
        var tour = reader.allowed(actor, id, TourAction.PRINCIPAL_REPORT).tour();
        var target =
                tour.target(targetId).orElseThrow(() -> new NotFoundException("error.tour.targetNotFound", targetId));
        if (!TourAccess.answersFor(actor, tour, target)) {
            throw new ForbiddenException(
                    "error.tour.notYourTarget", target.party().name());
        }
        var refused = tour.reportRefusal(target);
        if (refused.isPresent()) {
            throw refused.get();
        }
        var given = step.attachmentIds() == null ? List.<Long>of() : List.copyOf(step.attachmentIds());
        if (given.size() + files.size() > Tours.MAX_FILES) {
            throw new InvalidInputException("attachmentIds", "error.tour.tooManyFiles", Tours.MAX_FILES);
        }
        attachments.requireOwn(actor, "attachmentIds", given);
        var ids = new ArrayList<>(given);
        ids.addAll(attachments.storeAll(actor, files));
        store.saveReport(targetId, step.report().strip(), ids, clock.instant(), actor.displayName());
        events.publishEvent(Audited.by(
                actor,
                "tour.principalReport",
                "tour:" + id,
                Map.of("target", target.party().name())));
        return reader.view(actor, id);
    }

    /**
     * Draws {@code size} of the items closed now (the pool, recorded) by the published draw under the seed given or
     * a random one; the sample names the items to check again unannounced.
     */
    @Transactional
    public TourView.SampleView drawSample(Actor actor, long id, TourInputs.SampleDraft step) {
        drafts.check(step);
        store.lock(id);
        reader.allowed(actor, id, TourAction.DRAW_SAMPLE);
        var now = clock.instant();
        var pool = items.closedAt(Origin.TOUR_FINDING, id, now);
        if (step.size() > Math.min(pool.size(), clocks.maxSample())) {
            throw new InvalidInputException(
                    "size", "error.tour.sampleTooBig", Math.min(pool.size(), clocks.maxSample()));
        }
        long seed = step.seed() != null ? step.seed() : RANDOM.nextLong() & Long.MAX_VALUE;
        var drawn = RandomDraw.sample(seed, pool, step.size());
        long sampleId =
                store.insertSample(id, new TourSample(0, seed, pool, step.size(), drawn, actor.displayName(), now));
        events.publishEvent(Audited.by(
                actor, "tour.sample", "tour:" + id, Map.of("seed", seed, "size", step.size(), "drawn", drawn)));
        return sample(actor, id, sampleId);
    }

    private TourView.SampleView sample(Actor actor, long id, long sampleId) {
        return reader.view(actor, id).samples().stream()
                .filter(s -> s.id() == sampleId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.tour.sampleNotFound", sampleId));
    }

    /** The sample's draw run again, and its pool read again from the items' timelines as of the draw. */
    public Verification verify(Actor actor, long id, long sampleId) {
        var shown = sample(actor, id, sampleId);
        var tour = reader.seen(actor, id).tour();
        var recorded = tour.samples().stream()
                .filter(s -> s.id() == sampleId)
                .findFirst()
                .orElseThrow();
        var redrawn = recorded.redrawn();
        var pool = items.closedAt(Origin.TOUR_FINDING, id, recorded.drawnAt());
        boolean resultMatches = redrawn.equals(shown.drawn());
        boolean poolMatches = pool.equals(recorded.pool());
        return new Verification(resultMatches && poolMatches, resultMatches, poolMatches, redrawn);
    }

    /** {@code reproducible} when both the draw and the pool come out the same again. */
    public record Verification(boolean reproducible, boolean resultMatches, boolean poolMatches, List<Long> redrawn)
            implements java.io.Serializable {}

    /** Publishes (or revises) the summary of the rectification under the tour's public address. */
    @Transactional
    public TourView publish(Actor actor, long id, TourInputs.Publication step) {
        drafts.check(step);
        store.lock(id);
        var tour = reader.allowed(actor, id, TourAction.PUBLISH).tour();
        if (tour.record().version() != step.version()) {
            throw new ConflictException("version", "error.tour.stale", id);
        }
        tour.publish(step.summary().strip(), clock.instant());
        store.save(tour, step.version(), clock.instant());
        if (tour.record().publicToken() == null) {
            var token = new byte[18];
            RANDOM.nextBytes(token);
            store.setToken(id, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
        }
        events.publishEvent(Audited.by(actor, "tour.publish", "tour:" + id, Map.of()));
        return reader.view(actor, id);
    }

    @Transactional
    public TourView conclude(Actor actor, long id, TourInputs.Conclusion step) {
        drafts.check(step);
        store.lock(id);
        var tour = reader.allowed(actor, id, TourAction.CONCLUDE).tour();
        if (tour.record().version() != step.version()) {
            throw new ConflictException("version", "error.tour.stale", id);
        }
        tour.conclude();
        store.save(tour, step.version(), clock.instant());
        events.publishEvent(Audited.by(actor, "tour.conclude", "tour:" + id, Map.of()));
        return reader.view(actor, id);
    }

    /** The published summary under its token, for anyone; empty for an unknown token or one not published. */
    public Optional<PublicSummary> published(String token) {
        if (!token.matches("[A-Za-z0-9_-]{16,64}")) {
            return Optional.empty();
        }
        return store.byToken(token)
                .flatMap(store::find)
                .filter(t -> t.publishedAt() != null)
                .map(t -> PublicSummary.of(t, items.of(Origin.TOUR_FINDING, t.id())));
    }
}
