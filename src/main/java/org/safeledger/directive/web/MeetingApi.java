package org.safeledger.directive.web;

import java.net.URI;
import java.util.List;
import org.safeledger.directive.MeetingInputs;
import org.safeledger.directive.MeetingView;
import org.safeledger.directive.Meetings;
import org.safeledger.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Meetings and their decisions: record one (each decision an item of origin DIRECTIVE), read one, the list. */
@RestController
class MeetingApi {

    private final Meetings meetings;

    MeetingApi(Meetings meetings) {
        this.meetings = meetings;
    }

    @PostMapping("/api/v1/meetings")
    ResponseEntity<MeetingView> record(Actor actor, @RequestBody MeetingInputs draft) {
        var meeting = meetings.record(actor, draft, null);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
                .body(meeting);
    }

    @GetMapping("/api/v1/meetings")
    List<MeetingView> list(Actor actor) {
        return meetings.list(actor);
    }

    /** The posts of the reader's region a decision may be owned by (ownerPostId), with their holders. */
    @GetMapping("/api/v1/meetings/owners")
    List<org.safeledger.org.PostHolder> owners(Actor actor) {
        if (!meetings.mayRecord(actor)) {
            throw new org.safeledger.shared.ForbiddenException("error.meeting.leadersRecord");
        }
        return meetings.owners(actor);
    }

    @GetMapping("/api/v1/meetings/{id}")
    MeetingView get(Actor actor, @PathVariable long id) {
        return meetings.get(actor, id);
    }
}
