package org.safeledger.risk;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The risk methods: their versions, the one in force on a day, evaluation, and loading a new version (the data
 * files at start, or an administrator's upload). A new version closes the one in force the day before it starts;
 * assessments keep the version they used.
 */
@Service
public class RiskMethods {

    private final RiskMethodStore store;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.safeledger.platform.SafeLedgerProperties properties;

    RiskMethods(
            RiskMethodStore store,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock,
            org.safeledger.platform.SafeLedgerProperties properties) {
        this.properties = properties;
        this.store = store;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    public List<RiskMethodVersion> versions(Actor actor) {
        actor.require(Permission.RISK_READ);
        return store.versions();
    }

    public List<RiskMethodVersion> versions() {
        return store.versions();
    }

    /** The versions in force today, one per method (what forms offer). */
    public List<RiskMethodVersion> inForce() {
        var today = today();
        return store.versions().stream()
                .filter(v -> !v.effectiveFrom().isAfter(today)
                        && (v.effectiveTo() == null || !v.effectiveTo().isBefore(today)))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    public RiskMethodVersion version(String method, String versionKey) {
        return store.version(method, versionKey)
                .orElseThrow(() -> new NotFoundException("error.risk.methodNotFound", method + " " + versionKey));
    }

    /** The method's version named, or the one in force today; 400 naming {@code method} when there is none. */
    public RiskMethodVersion resolve(@Nullable String method, @Nullable String versionKey) {
        if (method == null || method.isBlank()) {
            throw new InvalidInputException("method", "error.field.required");
        }
        var code = method.strip().toUpperCase(java.util.Locale.ROOT);
        Optional<RiskMethodVersion> found = versionKey == null || versionKey.isBlank()
                ? store.inForce(code, today())
                : store.version(code, versionKey.strip());
        return found.orElseThrow(() -> new InvalidInputException("method", "error.risk.methodUnknown", method));
    }

    /** A version for a reader of the risk lists. */
    public RiskMethodVersion version(Actor actor, String method, String versionKey) {
        actor.require(Permission.RISK_READ);
        return version(method, versionKey);
    }

    /** api.md's calculator: {@code {method, version?, <factor>: value, …}} → score, band, level, colour. */
    public RiskMethodVersion.Evaluation evaluate(Actor actor, Map<String, ?> request) {
        actor.require(Permission.RISK_READ);
        var method = request.get("method");
        var version = request.get("version");
        return resolve(method == null ? null : method.toString(), version == null ? null : version.toString())
                .evaluate(request);
    }

    @Transactional
    public RiskMethodVersion load(Actor actor, InputStream in) {
        actor.require(Permission.SYSTEM_ADMIN);
        RiskMethodFile file;
        try {
            file = read(in);
        } catch (JacksonException | IllegalArgumentException e) {
            var message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new InvalidInputException(
                    "file", "error.risk.file", message.substring(0, Math.min(200, message.length())));
        }
        if (store.exists(file.method(), file.versionKey())) {
            throw new ConflictException("versionKey", "error.risk.versionExists", file.versionKey());
        }
        var loaded = insert(file, actor.username());
        events.publishEvent(Audited.by(
                actor,
                "risk.method.load",
                "risk-method:" + loaded.method() + "/" + loaded.versionKey(),
                Map.of("effectiveFrom", loaded.effectiveFrom().toString())));
        return loaded;
    }

    RiskMethodFile read(InputStream in) {
        return json.readValue(in, RiskMethodFile.class);
    }

    @Transactional
    RiskMethodVersion loadIfMissing(RiskMethodFile file) {
        if (store.exists(file.method(), file.versionKey())) {
            return version(file.method(), file.versionKey());
        }
        return insert(file, "system");
    }

    private RiskMethodVersion insert(RiskMethodFile file, String by) {
        if (file.method() == null || !file.method().matches("[A-Z][A-Z0-9_]{1,29}")) {
            throw new InvalidInputException("file", "error.risk.file", "method");
        }
        if (file.versionKey() == null || file.versionKey().isBlank() || file.effectiveFrom() == null) {
            throw new InvalidInputException("file", "error.risk.file", "versionKey, effectiveFrom");
        }
        if (file.factors() == null
                || file.bands() == null
                || file.title() == null
                || file.issuer() == null
                || file.source() == null
                || file.formula() == null) {
            throw new InvalidInputException(
                    "file", "error.risk.file", "title, issuer, source, formula, factors, bands");
        }
        var problems = RiskMethodVersion.problems(file.factors(), file.bands());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("file", "error.risk.tables", String.join("; ", problems));
        }
        // versions follow one another: a new one starts after the latest (even one not yet in force) and closes it
        store.versions().stream()
                .filter(v -> v.method().equals(file.method()))
                .max(java.util.Comparator.comparing(RiskMethodVersion::effectiveFrom))
                .ifPresent(latest -> {
                    if (!latest.effectiveFrom().isBefore(file.effectiveFrom())) {
                        throw new InvalidInputException(
                                "file", "error.risk.effectiveFrom", latest.versionKey(), latest.effectiveFrom());
                    }
                    if (latest.effectiveTo() == null || !latest.effectiveTo().isBefore(file.effectiveFrom())) {
                        store.close(latest.id(), file.effectiveFrom().minusDays(1));
                    }
                });
        long id = store.insert(file, clock.instant(), by);
        return store.version(id);
    }
}
