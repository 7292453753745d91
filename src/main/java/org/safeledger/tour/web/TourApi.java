package org.safeledger.tour.web;

import java.net.URI;
import java.util.List;
import org.safeledger.shared.Actor;
import org.safeledger.tour.FindingView;
import org.safeledger.tour.TourFollowUp;
import org.safeledger.tour.TourInputs;
import org.safeledger.tour.TourView;
import org.safeledger.tour.Tours;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tours: create, record findings, deliver the feedback, file a principal's report, draw and verify a re-inspection
 * sample, publish the summary, conclude; read one, its findings, the list (the published summary: PublicTourPages).
 */
@RestController
class TourApi {

    private final Tours tours;
    private final TourFollowUp followUp;

    TourApi(Tours tours, TourFollowUp followUp) {
        this.tours = tours;
        this.followUp = followUp;
    }

    @PostMapping("/api/v1/tours")
    ResponseEntity<TourView> create(Actor actor, @RequestBody TourInputs.TourDraft draft) {
        var tour = tours.create(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/tours/" + tour.id())).body(tour);
    }

    @GetMapping("/api/v1/tours")
    List<TourView> list(Actor actor) {
        return tours.list(actor);
    }

    @GetMapping("/api/v1/tours/{id}")
    TourView get(Actor actor, @PathVariable long id) {
        return tours.get(actor, id);
    }

    @PostMapping("/api/v1/tours/{id}/findings")
    ResponseEntity<FindingView> finding(
            Actor actor, @PathVariable long id, @RequestBody TourInputs.FindingDraft draft) {
        var finding = tours.recordFinding(actor, id, draft);
        return ResponseEntity.created(URI.create("/api/v1/tours/" + id + "/findings"))
                .body(finding);
    }

    @GetMapping("/api/v1/tours/{id}/findings")
    List<FindingView> findings(Actor actor, @PathVariable long id) {
        return tours.findings(actor, id);
    }

    @PostMapping("/api/v1/tours/{id}/feedback")
    TourView feedback(Actor actor, @PathVariable long id, @RequestBody TourInputs.Feedback step) {
        return tours.feedback(actor, id, step);
    }

    @PostMapping("/api/v1/tours/{id}/targets/{targetId}/principal-report")
    TourView principalReport(
            Actor actor,
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestBody TourInputs.PrincipalReport step) {
        return followUp.principalReport(actor, id, targetId, step, List.of());
    }

    @PostMapping("/api/v1/tours/{id}/samples")
    ResponseEntity<TourView.SampleView> sample(
            Actor actor, @PathVariable long id, @RequestBody TourInputs.SampleDraft step) {
        var sample = followUp.drawSample(actor, id, step);
        return ResponseEntity.created(URI.create("/api/v1/tours/" + id + "/samples/" + sample.id()))
                .body(sample);
    }

    @GetMapping("/api/v1/tours/{id}/samples/{sampleId}/verify")
    TourFollowUp.Verification verify(Actor actor, @PathVariable long id, @PathVariable long sampleId) {
        return followUp.verify(actor, id, sampleId);
    }

    @PostMapping("/api/v1/tours/{id}/publish")
    TourView publish(Actor actor, @PathVariable long id, @RequestBody TourInputs.Publication step) {
        return followUp.publish(actor, id, step);
    }

    @PostMapping("/api/v1/tours/{id}/conclude")
    TourView conclude(Actor actor, @PathVariable long id, @RequestBody TourInputs.Conclusion step) {
        return followUp.conclude(actor, id, step);
    }
}
