package org.safeledger.standard.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.safeledger.standard.Clause;
import org.safeledger.standard.StandardVersion;
import org.safeledger.standard.StandardsCatalogue;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/standards}: the determination standards (reference data for every signed-in user), the version
 * in force on a date, clause search; administrators load a new version from its data file.
 */
@RestController
class StandardApi {

    private final StandardsCatalogue catalogue;

    StandardApi(StandardsCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/standards")
    List<StandardVersion> versions(Actor actor) {
        return catalogue.versions();
    }

    /** The version in force on {@code ?date=} (today when absent), with its clauses. */
    @GetMapping("/api/v1/standards/{code}/in-force")
    VersionWithClauses inForce(Actor actor, @PathVariable String code, @RequestParam(required = false) String date) {
        var day = InputValues.date("date", date);
        var version = catalogue.inForce(code, day);
        return new VersionWithClauses(version, catalogue.clauses(version));
    }

    @GetMapping("/api/v1/standards/{code}/versions/{versionKey}")
    VersionWithClauses version(Actor actor, @PathVariable String code, @PathVariable String versionKey) {
        var version = catalogue.version(code, versionKey);
        return new VersionWithClauses(version, catalogue.clauses(version));
    }

    /** Clauses in force on {@code ?date=} whose number or verbatim text holds {@code ?q=} (e.g. 18.10, 边坡角). */
    @GetMapping("/api/v1/standards/clauses")
    List<Clause> search(
            Actor actor,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) @Nullable String code) {
        return catalogue.search(q, InputValues.date("date", date), code);
    }

    /**
     * api.md's clause list: the clauses of the standard's version in force today, optionally only those whose number
     * or text holds {@code q}, when the standard applies to {@code sector}; paged.
     */
    @GetMapping("/api/v1/standards/{code}/clauses")
    org.safeledger.shared.PageResult<Clause> clausesOf(
            Actor actor,
            @PathVariable String code,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var request = org.safeledger.shared.PageRequest.of(page, size);
        var version = catalogue.inForce(code, null);
        var clauses = q == null || q.isBlank() ? catalogue.clauses(version) : catalogue.search(q, null, code);
        if (sector != null && !sector.isBlank()) {
            var known = org.safeledger.shared.Sector.fromCode(sector.strip())
                    .orElseThrow(() ->
                            new org.safeledger.shared.InvalidInputException("sector", "error.sector.unknown", sector));
            if (!version.sectors().contains(known.name())) {
                clauses = List.of();
            }
        }
        int from = (int) Math.min(request.offset(), clauses.size());
        int to = Math.min(from + request.size(), clauses.size());
        return new org.safeledger.shared.PageResult<>(clauses.subList(from, to), clauses.size());
    }

    @GetMapping("/api/v1/standards/clauses/{id}")
    Clause clause(Actor actor, @PathVariable long id) {
        return catalogue.clause(id);
    }

    /** Loads a new version (administrators): the data file as multipart {@code file}. */
    @PostMapping("/api/v1/standards")
    ResponseEntity<StandardVersion> load(Actor actor, @RequestParam("file") MultipartFile file) throws IOException {
        try (var in = file.getInputStream()) {
            var loaded = catalogue.load(actor, in);
            return ResponseEntity.created(
                            URI.create("/api/v1/standards/" + loaded.code() + "/versions/" + loaded.versionKey()))
                    .body(loaded);
        }
    }

    record VersionWithClauses(StandardVersion version, List<Clause> clauses) {}
}
