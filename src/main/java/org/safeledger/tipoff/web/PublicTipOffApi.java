package org.safeledger.tipoff.web;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.NotFoundException;
import org.safeledger.tipoff.TipOffInputs;
import org.safeledger.tipoff.TipOffIntake;
import org.safeledger.tipoff.TipOffProperties;
import org.safeledger.tipoff.Tracking;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public pages as JSON, for an app or a hotline's system, no sign-in (the {@code /api/} chain requires it):
 * the form's facts with the CSRF token its POST must carry (in the header it names, with the session cookie this
 * answer sets), the submission (multipart: the form's fields and up to three {@code photos}), and the tracking.
 */
@RestController
class PublicTipOffApi {

    private final TipOffIntake intake;
    private final TipOffProperties properties;

    PublicTipOffApi(TipOffIntake intake, TipOffProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    /** What a client needs to submit: the CSRF header and token, and the photo limits. */
    record Form(String csrfHeader, String csrfToken, int maxPhotos, long maxPhotoBytes) {}

    /** The tracking code, shown once, and where to follow it. */
    record Received(String trackingCode, java.time.Instant receivedAt, String trackingUrl) {}

    @GetMapping(value = "/public/tip-offs/new", produces = "application/json")
    Form form(CsrfToken csrf) {
        return new Form(
                csrf.getHeaderName(),
                csrf.getToken(),
                TipOffProperties.MAX_PHOTOS,
                properties.maxPhotoBytes().toBytes());
    }

    @PostMapping(
            value = {"/public/tip-offs", "/public/tips"},
            produces = "application/json",
            consumes = "multipart/form-data")
    ResponseEntity<Received> submit(
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String contact,
            @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos) {
        var receipt = intake.submit(
                new TipOffInputs.Submission(regionCode, sector, place, description, contact), Photos.of(photos));
        var tracking = "/public/tip-offs/track?code=" + receipt.trackingCode();
        return ResponseEntity.created(URI.create(tracking))
                .body(new Received(receipt.trackingCode(), receipt.receivedAt(), tracking));
    }

    @GetMapping(value = "/public/tip-offs/track", produces = "application/json")
    Tracking track(@RequestParam String code) {
        return intake.track(code).orElseThrow(() -> new NotFoundException("error.tipoff.codeUnknown"));
    }

    /** The contract's path of the tracking (api.md: {@code GET /public/tips/{trackingCode}}). */
    @GetMapping("/public/tips/{trackingCode}")
    Tracking tracked(@org.springframework.web.bind.annotation.PathVariable String trackingCode) {
        return track(trackingCode);
    }
}
