package org.safeledger.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.safeledger.identity.ApiToken;
import org.safeledger.identity.IssuedToken;
import org.safeledger.identity.TokenService;
import org.safeledger.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Personal API tokens of the caller: issue (the token is in this response only), list, revoke. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApi {

    private final TokenService tokens;

    TokenApi(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<IssuedToken> issue(Actor actor, @Valid @RequestBody TokenRequest request) {
        var issued = tokens.issue(actor, request.name(), request.expiresInDays());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id()))
                .body(issued);
    }

    @GetMapping
    List<ApiToken> list(Actor actor) {
        return tokens.list(actor);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }

    record TokenRequest(@NotBlank String name, @NotNull Integer expiresInDays) {}
}
