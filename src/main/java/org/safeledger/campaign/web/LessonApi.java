package org.safeledger.campaign.web;

import java.net.URI;
import java.util.List;
import org.safeledger.campaign.LessonDraft;
import org.safeledger.campaign.LessonRollout;
import org.safeledger.campaign.Lessons;
import org.safeledger.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lesson roll-outs (举一反三): launch from an accident or a major hazard, read with their progress. */
@RestController
class LessonApi {

    private final Lessons lessons;

    LessonApi(Lessons lessons) {
        this.lessons = lessons;
    }

    @PostMapping("/api/v1/lesson-rollouts")
    ResponseEntity<LessonRollout> launch(Actor actor, @RequestBody LessonDraft draft) {
        var rollout = lessons.launch(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/lesson-rollouts/" + rollout.id()))
                .body(rollout);
    }

    @GetMapping("/api/v1/lesson-rollouts")
    List<LessonRollout> list(Actor actor) {
        return lessons.list(actor);
    }

    @GetMapping("/api/v1/lesson-rollouts/{id}")
    LessonRollout get(Actor actor, @PathVariable long id) {
        return lessons.get(actor, id);
    }
}
