package org.safeledger.responsibility.web;

import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.MatrixInputs;
import org.safeledger.responsibility.MatrixView;
import org.safeledger.responsibility.ResponsibilityMatrix;
import org.safeledger.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A region's responsibility matrix as of a day, and its maintenance (posts, holders from a day, vacancies). */
@RestController
class ResponsibilityApi {

    private final ResponsibilityMatrix matrix;

    ResponsibilityApi(ResponsibilityMatrix matrix) {
        this.matrix = matrix;
    }

    @GetMapping("/api/v1/responsibility/{regionCode}")
    MatrixView of(Actor actor, @PathVariable String regionCode, @RequestParam(required = false) @Nullable String asOf) {
        return matrix.of(actor, regionCode, asOf);
    }

    @PostMapping("/api/v1/responsibility/{regionCode}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    MatrixView.PostView createPost(
            Actor actor, @PathVariable String regionCode, @RequestBody MatrixInputs.NewPost input) {
        return matrix.createPost(actor, regionCode, input);
    }

    @GetMapping("/api/v1/responsibility/posts/{id}")
    MatrixView.PostView post(Actor actor, @PathVariable long id) {
        return matrix.post(actor, id);
    }

    @PostMapping("/api/v1/responsibility/posts/{id}/appoint")
    MatrixView.PostView appoint(Actor actor, @PathVariable long id, @RequestBody MatrixInputs.Appointment input) {
        return matrix.appoint(actor, id, input);
    }

    @PostMapping("/api/v1/responsibility/posts/{id}/vacate")
    MatrixView.PostView vacate(Actor actor, @PathVariable long id, @RequestBody MatrixInputs.Vacancy input) {
        return matrix.vacate(actor, id, input);
    }
}
