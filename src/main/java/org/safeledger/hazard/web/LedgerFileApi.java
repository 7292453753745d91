package org.safeledger.hazard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.hazard.ImportJob;
import org.safeledger.hazard.LedgerImport;
import org.safeledger.org.RegionDirectory;
import org.safeledger.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The ledger as a spreadsheet: export (.xlsx, the ledger's filters), the import template, and imports (.xlsx or
 * .csv: 422 with every {row, field, message} and nothing imported, or 202 with the job to poll).
 */
@RestController
class LedgerFileApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HazardLedger ledger;
    private final LedgerImport imports;
    private final RegionDirectory regions;

    LedgerFileApi(HazardLedger ledger, LedgerImport imports, RegionDirectory regions) {
        this.ledger = ledger;
        this.imports = imports;
        this.regions = regions;
    }

    /** The filtered ledger ({@code ?status=&overdue=&regionCode=...}, as the list takes them) as .xlsx. */
    @GetMapping({"/api/v1/hazards/export", "/api/v1/hazards/export.xlsx", "/hazards/export"})
    void export(
            Actor actor,
            @org.springdoc.core.annotations.ParameterObject LedgerQuery query,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var filter = query.toFilter(actor, regions);
        attachment(response, "hazard-ledger-" + ledger.today() + ".xlsx");
        ledger.export(actor, filter, response.getOutputStream(), locale);
    }

    @GetMapping({"/api/v1/hazards/import-template", "/hazards/import-template"})
    void template(Actor actor, Locale locale, HttpServletResponse response) throws IOException {
        attachment(response, "hazard-ledger-template.xlsx");
        imports.template(actor, response.getOutputStream(), locale);
    }

    @PostMapping("/api/v1/hazards/imports")
    ResponseEntity<ImportJob> start(Actor actor, @RequestParam("file") MultipartFile file, Locale locale)
            throws IOException {
        try (var in = file.getInputStream()) {
            var job = imports.start(actor, name(file), in, locale);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/hazards/imports/" + job.id()))
                    .body(job);
        }
    }

    /**
     * The import of api.md's contract, in one request: checked (422 with every row's problems), imported, and
     * answered when done — {@code {imported: N, job}}. Large files are better sent to {@code /imports}, which
     * answers at once with a job to poll.
     */
    @PostMapping("/api/v1/hazards/import")
    ResponseEntity<java.util.Map<String, Object>> importNow(
            Actor actor, @RequestParam("file") MultipartFile file, Locale locale) throws IOException {
        ImportJob job;
        try (var in = file.getInputStream()) {
            job = imports.start(actor, name(file), in, locale);
        }
        var finished = imports.awaitEnd(actor, job.id(), java.time.Duration.ofMinutes(30));
        if (finished.status() != ImportJob.Status.DONE) {
            throw new IllegalStateException(
                    "import " + job.id() + " ended " + finished.status() + ": " + finished.error());
        }
        return ResponseEntity.ok(java.util.Map.of("imported", finished.doneRows(), "job", finished));
    }

    @GetMapping("/api/v1/hazards/imports/{id}")
    ImportJob job(Actor actor, @PathVariable long id) {
        return imports.get(actor, id);
    }

    static String name(MultipartFile file) {
        var name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "ledger" : name;
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
