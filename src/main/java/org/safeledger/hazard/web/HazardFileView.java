package org.safeledger.hazard.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.Attachment;
import org.safeledger.hazard.Hazard;
import org.safeledger.hazard.HazardEvent;

/**
 * A file of a hazard as its page shows it: what it is (a discovery photo, or rectification evidence), who added it
 * and when, and whether it is an image (a thumbnail) or a document (a link with its name).
 */
record HazardFileView(
        long id, Kind kind, boolean image, @Nullable String name, String by, Instant at, long size) {

    enum Kind {
        DISCOVERY,
        EVIDENCE;

        public String messageKey() {
            return "hazard.file." + name();
        }
    }

    /** The discovery photos (by the finder, when found), then the evidence of the latest submission. */
    static List<HazardFileView> of(Hazard hazard, List<HazardEvent> timeline, List<Attachment> attachments) {
        Map<Long, Attachment> byId =
                attachments.stream().collect(Collectors.toMap(Attachment::id, Function.identity(), (a, b) -> a));
        var submitted = timeline.stream()
                .filter(e -> e.type() == HazardEvent.Type.SUBMITTED
                        || (e.type() == HazardEvent.Type.REPORTED && hazard.rectifiedOnSpot()))
                .reduce((first, second) -> second);
        var files = new ArrayList<HazardFileView>();
        for (var id : hazard.photoIds()) {
            var a = byId.get(id);
            if (a != null) {
                files.add(view(a, Kind.DISCOVERY, hazard.discoveredBy(), hazard.discoveredAt()));
            }
        }
        for (var id : hazard.evidenceIds()) {
            var a = byId.get(id);
            if (a != null) {
                files.add(view(
                        a,
                        Kind.EVIDENCE,
                        submitted.map(HazardEvent::actorName).orElse("—"),
                        submitted.map(HazardEvent::at).orElse(a.createdAt())));
            }
        }
        return files;
    }

    private static HazardFileView view(Attachment a, Kind kind, String by, Instant at) {
        return new HazardFileView(
                a.id(), kind, a.contentType().startsWith("image/"), a.originalName(), by, at, a.size());
    }
}
