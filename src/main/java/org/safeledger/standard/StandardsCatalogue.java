package org.safeledger.standard;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The determination standards: versions and their clauses, the version in force on a day, search, and loading a
 * new version (an administrator's upload, or the data files at start). A new version closes the one in force the
 * day before it starts; clauses already cited keep pointing at the version they were judged against.
 */
@Service
public class StandardsCatalogue {

    private final Standards standards;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    StandardsCatalogue(
            Standards standards,
            JsonMapper json,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock) {
        this.standards = standards;
        this.json = json;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every version of every standard (reference data: any signed-in user reads it). */
    public List<StandardVersion> versions() {
        return standards.versions();
    }

    public StandardVersion version(String code, String versionKey) {
        return standards
                .version(code, versionKey)
                .orElseThrow(() -> new NotFoundException("error.standard.notFound", code, versionKey));
    }

    public List<Clause> clauses(StandardVersion version) {
        return standards.clauses(version.id());
    }

    /**
     * The version of the standard in force on the day (a hazard is judged against its discovery date's); today's
     * when no day is given.
     */
    public StandardVersion inForce(String code, @Nullable LocalDate day) {
        var on = day == null ? today() : day;
        return standards
                .inForce(code, on)
                .orElseThrow(() -> new NotFoundException("error.standard.noneInForce", code, on));
    }

    /** Clauses in force on the day whose number or verbatim text holds the query (at most 200). */
    public List<Clause> search(String query, @Nullable LocalDate day, @Nullable String code) {
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("q", "error.field.required");
        }
        return standards.search(query.strip(), day == null ? today() : day, code, 200);
    }

    public Clause clause(long id) {
        return standards.clause(id).orElseThrow(() -> new NotFoundException("error.standard.clauseNotFound", id));
    }

    /** An administrator loads a new version from its data file (JSON, the format of the repository's files). */
    @Transactional
    public StandardVersion load(Actor actor, InputStream file) {
        actor.require(Permission.SYSTEM_ADMIN);
        StandardFile parsed;
        try {
            parsed = json.readValue(file, StandardFile.class);
        } catch (JacksonException | IllegalArgumentException e) {
            var message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new InvalidInputException(
                    "file", "error.standard.file", message.substring(0, Math.min(200, message.length())));
        }
        var loaded = load(parsed, actor.username());
        events.publishEvent(Audited.by(
                actor,
                "standard.load",
                "standard:" + loaded.code() + "/" + loaded.versionKey(),
                Map.of(
                        "clauses",
                        loaded.clauseCount(),
                        "effectiveFrom",
                        loaded.effectiveFrom().toString())));
        return loaded;
    }

    /** Loads a version unless present (the start-up loader); the loaded or existing version. */
    @Transactional
    StandardVersion loadIfMissing(StandardFile file) {
        if (standards.exists(file.code(), file.versionKey())) {
            return version(file.code(), file.versionKey());
        }
        return load(file, "system");
    }

    private StandardVersion load(StandardFile f, String by) {
        check(f);
        if (standards.exists(f.code(), f.versionKey())) {
            throw new ConflictException("versionKey", "error.standard.exists", f.code(), f.versionKey());
        }
        for (var existing : standards.versionsOf(f.code())) {
            if (!f.effectiveFrom().isAfter(existing.effectiveFrom())) {
                throw new InvalidInputException(
                        "effectiveFrom", "error.standard.notNewer", existing.versionKey(), existing.effectiveFrom());
            }
            if (existing.effectiveTo() == null || !existing.effectiveTo().isBefore(f.effectiveFrom())) {
                standards.close(existing.id(), f.effectiveFrom().minusDays(1));
            }
        }
        standards.insert(f, clock.instant(), by);
        return version(f.code(), f.versionKey());
    }

    private static void check(StandardFile f) {
        if (f.code() == null || !f.code().matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new InvalidInputException("code", "error.standard.code");
        }
        for (var field : new String[][] {
            {"title", f.title()},
            {"issuer", f.issuer()},
            {"documentNumber", f.documentNumber()},
            {"versionKey", f.versionKey()},
            {"source", f.source()}
        }) {
            if (field[1] == null || field[1].isBlank()) {
                throw new InvalidInputException(field[0], "error.field.required");
            }
        }
        if (f.effectiveFrom() == null) {
            throw new InvalidInputException("effectiveFrom", "error.field.required");
        }
        if (f.sectors() == null || f.sectors().isEmpty()) {
            throw new InvalidInputException("sectors", "error.field.required");
        }
        for (var sector : f.sectors()) {
            Sector.fromCode(sector)
                    .orElseThrow(() -> new InvalidInputException("sectors", "error.sector.unknown", sector));
        }
        if (f.clauses() == null || f.clauses().isEmpty()) {
            throw new InvalidInputException("clauses", "error.field.required");
        }
        var numbers = new HashSet<String>();
        for (var c : f.clauses()) {
            if (c.number() == null
                    || c.number().isBlank()
                    || c.text() == null
                    || c.text().isBlank()) {
                throw new InvalidInputException("clauses", "error.standard.clause", String.valueOf(c.number()));
            }
            if (!"ASPECT".equals(c.kind()) && !"ITEM".equals(c.kind())) {
                throw new InvalidInputException("clauses", "error.standard.clause", c.number());
            }
            if (!numbers.add(c.number())) {
                throw new InvalidInputException("clauses", "error.standard.duplicateClause", c.number());
            }
            if (c.parent() != null && !numbers.contains(c.parent())) {
                throw new InvalidInputException("clauses", "error.standard.parent", c.number(), c.parent());
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** Reads a data file (for the start-up loader). */
    StandardFile read(InputStream in) throws IOException {
        return json.readValue(in, StandardFile.class);
    }
}
