package org.safeledger.org.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.DepartmentDraft;
import org.safeledger.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Supervising departments in the caller's region subtree. */
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentApi {

    private final DepartmentDirectory departments;

    DepartmentApi(DepartmentDirectory departments) {
        this.departments = departments;
    }

    @GetMapping
    List<Department> list(Actor actor) {
        return departments.list(actor);
    }

    @GetMapping("/{id}")
    Department get(Actor actor, @PathVariable long id) {
        return departments.get(actor, id);
    }

    @PostMapping
    ResponseEntity<Department> create(Actor actor, @Valid @RequestBody DepartmentDraft draft) {
        var created = departments.create(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/departments/" + created.id()))
                .body(created);
    }
}
