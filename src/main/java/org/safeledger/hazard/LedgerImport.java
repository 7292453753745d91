package org.safeledger.hazard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Role;
import org.safeledger.shared.RowErrorsException;
import org.safeledger.shared.RowErrorsException.RowError;
import org.safeledger.shared.SafeLedgerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a ledger kept in a spreadsheet (.xlsx or .csv, the columns of {@link LedgerColumn#template()}): every
 * row is checked first, with the ledger's own rules, and any problem refuses the whole file with every
 * {row, field, message} (422); a valid file is then imported in one transaction in the background, its progress
 * kept in {@code hazard_import} for the page to show. Rows become reported hazards, or assigned ones when measures,
 * person responsible and deadline are filled.
 */
@Service
public class LedgerImport {

    private static final Logger log = LoggerFactory.getLogger(LedgerImport.class);

    /** Rows per file. */
    static final int MAX_ROWS = 200_000;

    private static final int PROGRESS_EVERY = 250;

    private final HazardLedger ledger;
    private final LedgerRows rowReader;
    private final EnterpriseRegister enterprises;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate progress;
    private final TaskExecutor executor;
    private final Path workDir;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    LedgerImport(
            HazardLedger ledger,
            LedgerRows rowReader,
            EnterpriseRegister enterprises,
            MessageSource messages,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            SafeLedgerProperties properties,
            Clock clock) {
        this.ledger = ledger;
        this.rowReader = rowReader;
        this.enterprises = enterprises;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.progress = new TransactionTemplate(transactions);
        this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.workDir = properties.dataDir().resolve("imports").toAbsolutePath();
        this.properties = properties;
        this.clock = clock;
    }

    /** The import template: the header row of the importable columns, in the reader's language. */
    public void template(Actor actor, OutputStream out, Locale locale) {
        actor.require(Permission.HAZARD_REPORT);
        new LedgerWorkbook(out, LedgerColumn.template(), messages, locale, ledger.today(), properties.zone()).close();
    }

    /**
     * Checks the whole file, then queues its import: 422 ({@link RowErrorsException}) with every problem and
     * nothing written, or the queued job.
     */
    public ImportJob start(Actor actor, String fileName, InputStream content, Locale locale) {
        actor.require(Permission.HAZARD_REPORT);
        Path file;
        try {
            Files.createDirectories(workDir);
            file = Files.createTempFile(workDir, "import", ".upload");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean queued = false;
        try {
            var errors = new ArrayList<RowError>();
            int[] rows = {0};
            var known = new java.util.HashMap<String, Optional<Long>>();
            read(file, locale, errors, row -> {
                rows[0]++;
                if (rows[0] > MAX_ROWS) {
                    throw new InvalidInputException("file", "error.import.tooMany", MAX_ROWS);
                }
                rowReader
                        .convert(actor, row, locale, errors, known)
                        .ifPresent(r -> rowReader.check(actor, row.number(), r, locale, errors));
            });
            if (rows[0] == 0 && errors.isEmpty()) {
                throw new InvalidInputException("file", "error.import.empty");
            }
            if (!errors.isEmpty()) {
                throw new RowErrorsException(errors);
            }
            var name = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
            long id = jdbc.sql("INSERT INTO hazard_import (created_by, file_name, status, total_rows, created_at,"
                            + " updated_at) VALUES (?, ?, 'QUEUED', ?, ?, ?) RETURNING id")
                    .params(
                            actor.userId(),
                            name,
                            rows[0],
                            Timestamp.from(clock.instant()),
                            Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .single();
            try {
                executor.execute(() -> run(actor, id, file, locale));
            } catch (org.springframework.core.task.TaskRejectedException e) {
                status(id, ImportJob.Status.FAILED, 0, e.getClass().getSimpleName());
                throw e;
            }
            queued = true;
            return row(id).orElseThrow().job();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!queued) {
                delete(file);
            }
        }
    }

    /** Waits (polling) until the actor's import has ended or the time is up; the job as it then stands. */
    public ImportJob awaitEnd(Actor actor, long id, java.time.Duration atMost) {
        var until = System.nanoTime() + atMost.toNanos();
        var job = get(actor, id);
        while ((job.status() == ImportJob.Status.QUEUED || job.status() == ImportJob.Status.IMPORTING)
                && System.nanoTime() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            job = get(actor, id);
        }
        return job;
    }

    /** An import of the actor's (administrators see all); another person's is "not found". */
    public ImportJob get(Actor actor, long id) {
        return row(id).filter(r -> actor.has(Role.ADMINISTRATOR) || r.createdBy() == actor.userId())
                .map(JobRow::job)
                .orElseThrow(() -> new NotFoundException("error.import.notFound", id));
    }

    private void run(Actor actor, long id, Path file, Locale locale) {
        try {
            status(id, ImportJob.Status.IMPORTING, 0, null);
            transaction.executeWithoutResult(tx -> {
                int[] done = {0};
                var known = new java.util.HashMap<String, Optional<Long>>();
                try {
                    read(file, locale, new ArrayList<>(), row -> {
                        var converted = rowReader
                                .convert(actor, row, locale, new ArrayList<>(), known)
                                .orElseThrow();
                        var entry = ledger.report(actor, converted.report());
                        if (converted.assignment() != null) {
                            ledger.act(actor, entry.hazard().id(), converted.assignment());
                        }
                        if (++done[0] % PROGRESS_EVERY == 0) {
                            status(id, ImportJob.Status.IMPORTING, done[0], null);
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                // DONE commits with the hazards, or not at all
                jdbc.sql("UPDATE hazard_import SET status = 'DONE', done_rows = ?, finished_at = ? WHERE id = ?")
                        .params(done[0], Timestamp.from(clock.instant()), id)
                        .update();
            });
        } catch (RuntimeException e) {
            log.warn("ledger import {} failed; nothing of it was kept", id, e);
            var message = e instanceof SafeLedgerException s
                    ? messages.getMessage(s.messageKey(), s.args(), s.messageKey(), locale)
                    : e.getClass().getSimpleName();
            status(id, ImportJob.Status.FAILED, 0, message);
        } finally {
            delete(file);
        }
    }

    private void status(long id, ImportJob.Status status, int done, @Nullable String error) {
        var now = Timestamp.from(clock.instant());
        progress.executeWithoutResult(tx -> jdbc.sql("UPDATE hazard_import SET status = ?, done_rows = ?, error = ?,"
                        + " updated_at = ?, finished_at = CASE WHEN ? = 'FAILED' THEN CAST(? AS timestamptz) END"
                        + " WHERE id = ?")
                .params(status.name(), done, error, now, status.name(), now, id)
                .update());
    }

    /**
     * Imports whose instance stopped (a restart, a crash) would show "importing" for ever: their transaction is
     * gone, so nothing of them was kept. A job without a heartbeat for ten minutes is marked FAILED.
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "ledger-import-reaper", lockAtMostFor = "PT4M")
    public void failAbandoned() {
        var now = clock.instant();
        int failed = jdbc.sql("UPDATE hazard_import SET status = 'FAILED', error = 'interrupted', finished_at = ?"
                        + " WHERE status IN ('QUEUED', 'IMPORTING') AND updated_at < ?")
                .params(Timestamp.from(now), Timestamp.from(now.minus(java.time.Duration.ofMinutes(10))))
                .update();
        if (failed > 0) {
            log.warn("{} ledger import(s) abandoned by a stopped instance marked FAILED", failed);
        }
    }

    private void read(Path file, Locale locale, List<RowError> errors, Consumer<LedgerSheet.Row> rows)
            throws IOException {
        LedgerSheet.read(
                file,
                LedgerSheet.headers(messages),
                columns -> {
                    var missing = EnumSet.noneOf(LedgerColumn.class);
                    Arrays.stream(LedgerColumn.values())
                            .filter(LedgerColumn::required)
                            .filter(c -> !columns.containsValue(c))
                            .forEach(missing::add);
                    if (!columns.containsValue(LedgerColumn.CREDIT_CODE)
                            && !columns.containsValue(LedgerColumn.ENTERPRISE)) {
                        missing.add(LedgerColumn.ENTERPRISE);
                    }
                    missing.forEach(c -> errors.add(new RowError(
                            1, c.name(), rowReader.text("error.import.column", locale, rowReader.header(c, locale)))));
                    if (!missing.isEmpty()) {
                        throw new RowErrorsException(errors);
                    }
                },
                rows);
    }

    private record JobRow(ImportJob job, long createdBy) {}

    private Optional<JobRow> row(long id) {
        return jdbc.sql("SELECT * FROM hazard_import WHERE id = ?")
                .param(id)
                .query((rs, i) -> {
                    var finished = rs.getTimestamp("finished_at");
                    return new JobRow(
                            new ImportJob(
                                    rs.getLong("id"),
                                    rs.getString("file_name"),
                                    ImportJob.Status.valueOf(rs.getString("status")),
                                    rs.getInt("total_rows"),
                                    rs.getInt("done_rows"),
                                    rs.getString("error"),
                                    rs.getTimestamp("created_at").toInstant(),
                                    finished == null ? null : finished.toInstant()),
                            rs.getLong("created_by"));
                })
                .optional();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}", file, e);
        }
    }
}
