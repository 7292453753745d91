package org.safeledger.hazard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The ledger written as .xlsx, a row at a time: rows go to the output stream in chunks (fastexcel), so a hundred
 * thousand hazards take no more memory than a thousand. Dates are real spreadsheet dates; codes are written as
 * their names in the reader's language.
 */
final class LedgerWorkbook implements AutoCloseable {

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<LedgerColumn> columns;
    private final MessageSource messages;
    private final Locale locale;
    private final LocalDate today;
    private final ZoneId zone;
    private int row;

    LedgerWorkbook(
            OutputStream out,
            List<LedgerColumn> columns,
            MessageSource messages,
            Locale locale,
            LocalDate today,
            ZoneId zone) {
        this.workbook = new Workbook(out, "SafeLedger", "1.0");
        this.columns = columns;
        this.messages = messages;
        this.locale = locale;
        this.today = today;
        this.zone = zone;
        this.sheet = workbook.newWorksheet(text("ledger.sheet"));
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, text(columns.get(c).messageKey()));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, width(columns.get(c)));
        }
        sheet.freezePane(0, 1);
        this.row = 1;
    }

    /** One hazard as a row; {@code creditCode} is its enterprise's. */
    void add(LedgerEntry entry, @Nullable String creditCode) {
        var h = entry.hazard();
        for (int c = 0; c < columns.size(); c++) {
            switch (columns.get(c)) {
                case SEQ -> sheet.value(row, c, row);
                case ID -> sheet.value(row, c, h.id());
                case ENTERPRISE -> sheet.value(row, c, entry.enterpriseName());
                case CREDIT_CODE -> sheet.value(row, c, creditCode);
                case REGION -> sheet.value(row, c, h.regionCode());
                case SECTOR -> sheet.value(row, c, text(h.sector().messageKey()));
                case TITLE -> sheet.value(row, c, h.title());
                case DESCRIPTION -> sheet.value(row, c, h.description());
                case LOCATION -> sheet.value(row, c, h.location());
                case SOURCE ->
                    sheet.value(row, c, text("hazardSource." + h.source().name()));
                case GRADE ->
                    sheet.value(row, c, text("hazardGrade." + h.grade().name()));
                case DISCOVERED_AT -> dateTime(c, h.discoveredAt());
                case DISCOVERED_BY -> sheet.value(row, c, h.discoveredBy());
                case PLAN -> sheet.value(row, c, h.plan());
                case RESPONSIBLE -> sheet.value(row, c, h.responsiblePerson());
                case DEADLINE -> date(c, h.deadline());
                case STATUS -> sheet.value(row, c, text(h.status().messageKey()));
                case OVERDUE -> sheet.value(row, c, text(h.overdueOn(today) ? "ledger.yes" : "ledger.no"));
                case LISTED ->
                    sheet.value(
                            row,
                            c,
                            h.listing() == null
                                    ? text("ledger.no")
                                    : h.listing().departmentName() + "（"
                                            + text(h.listing().level().messageKey()) + "）");
                case EVIDENCE -> sheet.value(row, c, h.evidence());
                case OPINION -> sheet.value(row, c, h.verificationOpinion());
                case CLOSED_AT -> dateTime(c, h.closedAt());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void dateTime(int c, java.time.@Nullable Instant at) {
        if (at != null) {
            sheet.value(row, c, at.atZone(zone).toLocalDateTime());
            sheet.style(row, c).format("yyyy-mm-dd hh:mm").set();
        }
    }

    private void date(int c, @Nullable LocalDate date) {
        if (date != null) {
            sheet.value(row, c, date);
            sheet.style(row, c).format("yyyy-mm-dd").set();
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private static double width(LedgerColumn column) {
        return switch (column) {
            case SEQ, ID, GRADE, OVERDUE, STATUS -> 10;
            case DESCRIPTION, PLAN, EVIDENCE, OPINION -> 40;
            case ENTERPRISE, TITLE, LISTED -> 30;
            default -> 18;
        };
    }

    @Override
    public void close() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
