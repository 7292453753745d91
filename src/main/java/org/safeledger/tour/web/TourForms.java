package org.safeledger.tour.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.safeledger.attachment.Upload;
import org.safeledger.rectification.Responsible;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.tour.TourFollowUp;
import org.safeledger.tour.TourInputs;
import org.safeledger.tour.Tours;
import org.springframework.stereotype.Component;

/** A tour page's form fields as the step's input, and the step taken; the notice to show once it is done. */
@Component
class TourForms {

    private final Tours tours;
    private final TourFollowUp followUp;

    TourForms(Tours tours, TourFollowUp followUp) {
        this.tours = tours;
        this.followUp = followUp;
    }

    static TourInputs.TourDraft draft(Map<String, String> f) {
        var members = Arrays.stream(text(f, "members").split("[\\n,，、;；]+"))
                .map(String::strip)
                .filter(m -> !m.isEmpty())
                .toList();
        return new TourInputs.TourDraft(
                text(f, "kind"),
                text(f, "title"),
                text(f, "targetRegionCode"),
                text(f, "startsOn"),
                text(f, "endsOn"),
                text(f, "leader"),
                members,
                List.of());
    }

    String take(Actor actor, long id, String step, Map<String, String> f, List<Upload> files) {
        switch (step) {
            case "findings" -> {
                var place = text(f, "hazardPlace").strip();
                boolean hazard = "true".equals(f.get("hazard"));
                if (hazard && place.isEmpty()) {
                    throw new InvalidInputException("hazardPlace", "error.tour.hazardPlace");
                }
                tours.recordFindingWithFiles(
                        actor,
                        id,
                        new TourInputs.FindingDraft(
                                Responsible.parse("responsible", text(f, "responsible")),
                                text(f, "title"),
                                text(f, "description"),
                                List.of(),
                                hazard ? new TourInputs.Hazard(place, null) : null),
                        files);
                return "tour.done.finding";
            }
            case "feedback" -> {
                tours.feedback(actor, id, new TourInputs.Feedback(version(f), text(f, "deliveredOn")));
                return "tour.done.feedback";
            }
            case "principal-report" -> {
                followUp.principalReport(
                        actor,
                        id,
                        number(f, "targetId"),
                        new TourInputs.PrincipalReport(text(f, "report"), List.of()),
                        files);
                return "tour.done.report";
            }
            case "samples" -> {
                followUp.drawSample(actor, id, new TourInputs.SampleDraft((int) number(f, "size"), null));
                return "tour.done.sample";
            }
            case "publish" -> {
                followUp.publish(actor, id, new TourInputs.Publication(version(f), text(f, "summary")));
                return "tour.done.publish";
            }
            default -> {
                followUp.conclude(actor, id, new TourInputs.Conclusion(version(f)));
                return "tour.done.conclude";
            }
        }
    }

    private static Integer version(Map<String, String> f) {
        return (int) number(f, "version");
    }

    private static long number(Map<String, String> f, String name) {
        var value = text(f, name).strip();
        if (!value.matches("\\d{1,9}")) {
            throw new InvalidInputException(name, "error.field.required");
        }
        return Long.parseLong(value);
    }

    private static String text(Map<String, String> f, String name) {
        var value = f.get(name);
        return value == null ? "" : value;
    }
}
