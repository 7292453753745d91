package org.safeledger.accountability.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.accountability.Accountabilities;
import org.safeledger.accountability.AccountabilityBoard;
import org.safeledger.accountability.AccountabilityEntry;
import org.safeledger.accountability.AccountabilityInputs;
import org.safeledger.accountability.Assessments;
import org.safeledger.accountability.Scorecard;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The assessment's scorecard, the accountability decisions and the board of a region, for integrators. */
@RestController
class AccountabilityApi {

    private final Assessments assessments;
    private final Accountabilities accountabilities;
    private final AccountabilityBoard board;
    private final ScorecardFiles files;

    AccountabilityApi(
            Assessments assessments,
            Accountabilities accountabilities,
            AccountabilityBoard board,
            ScorecardFiles files) {
        this.assessments = assessments;
        this.accountabilities = accountabilities;
        this.board = board;
        this.files = files;
    }

    /** The year's scorecard as JSON, or as {@code format=pdf|xlsx} in the reader's language. */
    @GetMapping("/api/v1/assessments/{year}")
    ResponseEntity<?> assessment(
            Actor actor,
            @PathVariable int year,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable Long departmentId,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String asOf,
            Locale locale) {
        Scorecard card = assessments.of(actor, year, region(actor, regionCode), departmentId, asOf);
        if (format == null || format.isBlank() || format.equals("json")) {
            return ResponseEntity.ok(card);
        }
        return switch (format) {
            case "pdf" -> files.pdf(card, locale);
            case "xlsx" -> files.xlsx(card, locale);
            default -> throw new InvalidInputException("format", "error.assessment.format", format);
        };
    }

    @GetMapping("/api/v1/accountability-records")
    List<AccountabilityEntry> records(Actor actor, @RequestParam(required = false) @Nullable String regionCode) {
        return accountabilities.of(actor, region(actor, regionCode));
    }

    @PostMapping("/api/v1/accountability-records")
    @ResponseStatus(HttpStatus.CREATED)
    AccountabilityEntry record(Actor actor, @RequestBody AccountabilityInputs input) {
        return accountabilities.record(actor, input);
    }

    @GetMapping("/api/v1/accountability-board")
    AccountabilityBoard.Board board(
            Actor actor,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String asOf) {
        return board.of(actor, region(actor, regionCode), asOf);
    }

    static String region(Actor actor, @Nullable String regionCode) {
        return regionCode == null || regionCode.isBlank()
                ? actor.scope().region().value()
                : regionCode.strip();
    }

    /** The grounds in force and the forms of accountability, as codes. */
    @GetMapping("/api/v1/accountability-records/grounds")
    Map<String, Object> grounds() {
        return Map.of(
                "grounds",
                accountabilities.grounds(),
                "forms",
                List.of(org.safeledger.accountability.AccountabilityForm.values()));
    }
}
