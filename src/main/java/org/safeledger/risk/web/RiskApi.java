package org.safeledger.risk.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.risk.Assess;
import org.safeledger.risk.RiskAssessment;
import org.safeledger.risk.RiskLevel;
import org.safeledger.risk.RiskMethodVersion;
import org.safeledger.risk.RiskMethods;
import org.safeledger.risk.RiskPoint;
import org.safeledger.risk.RiskPointDraft;
import org.safeledger.risk.RiskRegister;
import org.safeledger.shared.Actor;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Risk grading: the methods (versioned tables), the calculator of api.md, risk points with their assessments,
 * the four-colour overview.
 */
@RestController
class RiskApi {

    private final RiskMethods methods;
    private final RiskRegister register;

    RiskApi(RiskMethods methods, RiskRegister register) {
        this.methods = methods;
        this.register = register;
    }

    /** {@code {method: "LEC", l, e, c}} or {@code {method: "LS", l, s}} → {@code {score, band, level, colour}}. */
    @PostMapping("/api/v1/risk-assessments/evaluate")
    RiskMethodVersion.Evaluation evaluate(Actor actor, @RequestBody Map<String, Object> request) {
        return methods.evaluate(actor, request);
    }

    @GetMapping("/api/v1/risk-methods")
    List<RiskMethodVersion> methods(Actor actor) {
        return methods.versions(actor);
    }

    @GetMapping("/api/v1/risk-methods/{method}/versions/{versionKey}")
    RiskMethodVersion method(Actor actor, @PathVariable String method, @PathVariable String versionKey) {
        return methods.version(actor, method, versionKey);
    }

    /** Loads a new method version (administrators): the data file as multipart {@code file}. */
    @PostMapping("/api/v1/risk-methods")
    ResponseEntity<RiskMethodVersion> load(Actor actor, @RequestParam("file") MultipartFile file) throws IOException {
        try (var in = file.getInputStream()) {
            var loaded = methods.load(actor, in);
            return ResponseEntity.created(
                            URI.create("/api/v1/risk-methods/" + loaded.method() + "/versions/" + loaded.versionKey()))
                    .body(loaded);
        }
    }

    @GetMapping("/api/v1/risk-points")
    PageResult<RiskPoint> list(
            Actor actor,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return register.list(actor, enterpriseId, level, PageRequest.of(page, size));
    }

    /** How many risk points are red, orange, yellow, blue (in scope, or of one enterprise). */
    @GetMapping("/api/v1/risk-points/overview")
    Map<RiskLevel, Long> overview(Actor actor, @RequestParam(required = false) @Nullable Long enterpriseId) {
        return register.overview(actor, enterpriseId);
    }

    @PostMapping("/api/v1/risk-points")
    ResponseEntity<RiskPoint> identify(Actor actor, @Valid @RequestBody RiskPointDraft draft) {
        var point = register.identify(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/risk-points/" + point.id()))
                .body(point);
    }

    @GetMapping("/api/v1/risk-points/{id}")
    RiskPoint get(Actor actor, @PathVariable long id) {
        return register.get(actor, id);
    }

    @PutMapping("/api/v1/risk-points/{id}")
    RiskPoint revise(
            Actor actor, @PathVariable long id, @RequestParam int version, @Valid @RequestBody RiskPointDraft draft) {
        return register.revise(actor, id, version, draft);
    }

    @PostMapping("/api/v1/risk-points/{id}/assessments")
    ResponseEntity<RiskAssessment> assess(Actor actor, @PathVariable long id, @RequestBody Assess request) {
        var assessment = register.assess(actor, id, request);
        return ResponseEntity.created(URI.create("/api/v1/risk-points/" + id + "/assessments"))
                .body(assessment);
    }

    @GetMapping("/api/v1/risk-points/{id}/assessments")
    List<RiskAssessment> assessments(Actor actor, @PathVariable long id) {
        return register.assessments(actor, id);
    }
}
