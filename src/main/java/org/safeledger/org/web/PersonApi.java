package org.safeledger.org.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.safeledger.org.Person;
import org.safeledger.org.PersonDirectory;
import org.safeledger.org.PersonDraft;
import org.safeledger.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** People and their posts, inside the caller's scope. */
@RestController
@RequestMapping("/api/v1/people")
class PersonApi {

    private final PersonDirectory people;

    PersonApi(PersonDirectory people) {
        this.people = people;
    }

    @GetMapping
    List<Person> list(Actor actor) {
        return people.list(actor);
    }

    @GetMapping("/{id}")
    Person get(Actor actor, @PathVariable long id) {
        return people.get(actor, id);
    }

    @PostMapping
    ResponseEntity<Person> create(Actor actor, @Valid @RequestBody PersonDraft draft) {
        var created = people.create(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
                .body(created);
    }
}
