package org.safeledger.hazard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.RowErrorsException.RowError;
import org.safeledger.shared.Sector;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A ledger spreadsheet's row read as a hazard report and, when its three fields are there, an assignment: each
 * cell converted (enterprise by credit code or name, codes by their names in the reader's language, dates, the
 * sector's and source's words), and the result checked as the ledger would check it, every problem a row error
 * naming its column.
 */
@Component
class LedgerRows {

    private final HazardLedger ledger;
    private final EnterpriseRegister enterprises;
    private final MessageSource messages;
    private final SafeLedgerProperties properties;

    LedgerRows(
            HazardLedger ledger,
            EnterpriseRegister enterprises,
            MessageSource messages,
            SafeLedgerProperties properties) {
        this.ledger = ledger;
        this.enterprises = enterprises;
        this.messages = messages;
        this.properties = properties;
    }

    /** A row as a report (and an assignment when its three fields are there); problems go to {@code errors}. */
    record Converted(HazardReport report, HazardStep.@Nullable Assign assignment) {}

    Optional<Converted> convert(
            Actor actor, LedgerSheet.Row row, Locale locale, List<RowError> errors, Map<String, Optional<Long>> known) {
        int before = errors.size();
        Long enterpriseId = null;
        var code = row.text(LedgerColumn.CREDIT_CODE);
        var name = row.text(LedgerColumn.ENTERPRISE);
        if (code == null && name == null) {
            errors.add(error(row, LedgerColumn.ENTERPRISE, "error.field.required", locale));
        } else {
            // a file names the same few enterprises again and again: each is looked up once
            enterpriseId = known.computeIfAbsent(code != null ? code : name, k -> enterprises.identify(actor, k))
                    .or(() -> code != null && name != null
                            ? known.computeIfAbsent(name, k -> enterprises.identify(actor, k))
                            : Optional.empty())
                    .orElse(null);
            if (enterpriseId == null) {
                errors.add(error(
                        row,
                        code != null ? LedgerColumn.CREDIT_CODE : LedgerColumn.ENTERPRISE,
                        "error.import.enterprise",
                        locale));
            }
        }
        for (var required : List.of(LedgerColumn.TITLE, LedgerColumn.DESCRIPTION, LedgerColumn.LOCATION)) {
            if (row.text(required) == null) {
                errors.add(error(row, required, "error.field.required", locale));
            }
        }
        var sector = code(row, LedgerColumn.SECTOR, Sector.values(), s -> s.messageKey(), locale, errors);
        var source =
                code(row, LedgerColumn.SOURCE, HazardSource.values(), s -> "hazardSource." + s.name(), locale, errors);
        java.time.OffsetDateTime discoveredAt = null;
        try {
            var at = LedgerSheet.dateTime(row.values().get(LedgerColumn.DISCOVERED_AT));
            if (at == null) {
                errors.add(error(row, LedgerColumn.DISCOVERED_AT, "error.field.required", locale));
            } else {
                discoveredAt = at.atZone(properties.zone()).toOffsetDateTime();
            }
        } catch (IllegalArgumentException e) {
            errors.add(error(row, LedgerColumn.DISCOVERED_AT, "error.import.date", locale));
        }
        HazardStep.Assign assignment = null;
        var plan = row.text(LedgerColumn.PLAN);
        var responsible = row.text(LedgerColumn.RESPONSIBLE);
        var deadlineValue = row.values().get(LedgerColumn.DEADLINE);
        boolean hasDeadline = deadlineValue != null && !deadlineValue.toString().isBlank();
        int given = (plan != null ? 1 : 0) + (responsible != null ? 1 : 0) + (hasDeadline ? 1 : 0);
        if (given > 0 && given < 3) {
            errors.add(error(
                    row,
                    plan == null
                            ? LedgerColumn.PLAN
                            : responsible == null ? LedgerColumn.RESPONSIBLE : LedgerColumn.DEADLINE,
                    "error.import.partialAssignment",
                    locale));
        } else if (given == 3) {
            try {
                LocalDate deadline = LedgerSheet.dateTime(deadlineValue).toLocalDate();
                if (deadline.isBefore(ledger.today())) {
                    errors.add(new RowError(
                            row.number(),
                            LedgerColumn.DEADLINE.name(),
                            text("error.hazard.deadlinePast", locale, ledger.today())));
                }
                assignment = new HazardStep.Assign(0, plan, responsible, deadline.toString());
            } catch (IllegalArgumentException e) {
                errors.add(error(row, LedgerColumn.DEADLINE, "error.import.date", locale));
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Converted(
                new HazardReport(
                        enterpriseId,
                        nonNull(row.text(LedgerColumn.TITLE)),
                        nonNull(row.text(LedgerColumn.DESCRIPTION)),
                        nonNull(row.text(LedgerColumn.LOCATION)),
                        null,
                        null,
                        sector.name(),
                        discoveredAt,
                        row.text(LedgerColumn.DISCOVERED_BY),
                        source.name(),
                        List.of(),
                        null,
                        false,
                        null,
                        null,
                        null),
                assignment));
    }

    /** The ledger's own checks of a converted row, their problems named by column. */
    void check(Actor actor, int row, Converted converted, Locale locale, List<RowError> errors) {
        try {
            ledger.checkReport(actor, converted.report());
            if (converted.assignment() != null) {
                ledger.checkAssignment(actor, converted.assignment());
            }
        } catch (InvalidInputException e) {
            if (!e.resolved().isEmpty()) {
                e.resolved().forEach(f -> errors.add(new RowError(row, column(f.field()), f.message())));
            } else {
                errors.add(new RowError(row, column(e.field()), text(e.messageKey(), locale, e.args())));
            }
        } catch (ForbiddenException e) {
            var column = e.messageKey().startsWith("error.forbidden") ? LedgerColumn.PLAN : LedgerColumn.SECTOR;
            errors.add(new RowError(row, column.name(), text(e.messageKey(), locale, e.args())));
        }
    }

    private static final Map<String, LedgerColumn> API_FIELDS = Map.ofEntries(
            Map.entry("plan", LedgerColumn.PLAN),
            Map.entry("responsiblePerson", LedgerColumn.RESPONSIBLE),
            Map.entry("deadline", LedgerColumn.DEADLINE),
            Map.entry("enterpriseId", LedgerColumn.ENTERPRISE),
            Map.entry("title", LedgerColumn.TITLE),
            Map.entry("description", LedgerColumn.DESCRIPTION),
            Map.entry("location", LedgerColumn.LOCATION),
            Map.entry("sector", LedgerColumn.SECTOR),
            Map.entry("source", LedgerColumn.SOURCE),
            Map.entry("discoveredAt", LedgerColumn.DISCOVERED_AT),
            Map.entry("discoveredBy", LedgerColumn.DISCOVERED_BY));

    private static String column(String apiField) {
        var column = API_FIELDS.get(apiField);
        return column == null ? apiField : column.name();
    }

    /** A code-list value by its code or its name in either language; null (and an error) otherwise. */
    private <E extends Enum<E>> @Nullable E code(
            LedgerSheet.Row row,
            LedgerColumn column,
            E[] values,
            java.util.function.Function<E, String> key,
            Locale locale,
            List<RowError> errors) {
        var text = row.text(column);
        if (text == null) {
            errors.add(error(row, column, "error.field.required", locale));
            return null;
        }
        for (var value : values) {
            if (value.name().equalsIgnoreCase(text)
                    || text.equals(messages.getMessage(key.apply(value), null, "", Locale.SIMPLIFIED_CHINESE))
                    || text.equalsIgnoreCase(messages.getMessage(key.apply(value), null, "", Locale.ENGLISH))) {
                return value;
            }
        }
        errors.add(new RowError(row.number(), column.name(), text("error.import.value", locale, text)));
        return null;
    }

    private RowError error(LedgerSheet.Row row, LedgerColumn column, String key, Locale locale) {
        return new RowError(row.number(), column.name(), text(key, locale));
    }

    String header(LedgerColumn column, Locale locale) {
        return text(column.messageKey(), locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** A job with its owner, in one read. */
}
