package org.safeledger.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A list exported as one .xlsx sheet, streamed (fastexcel): a header row of column titles, then a row per record.
 * Times are written as local date-times of the configured zone with a minute format — the same minute the pages
 * show — never as UTC text.
 */
public final class Spreadsheet {

    /** Writes the rows of a sheet. */
    @FunctionalInterface
    public interface Rows {
        void write(Spreadsheet sheet) throws IOException;
    }

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Worksheet sheet;
    private final ZoneId zone;
    private int row;

    private Spreadsheet(Worksheet sheet, ZoneId zone) {
        this.sheet = sheet;
        this.zone = zone;
    }

    /** The download of a sheet named {@code title} with these column headers and the rows the writer adds. */
    public static ResponseEntity<StreamingResponseBody> download(
            String filename, String title, List<String> headers, ZoneId zone, Rows rows) {
        StreamingResponseBody body = out -> {
            var workbook = new Workbook(out, "SafeLedger", "1.0");
            var spreadsheet = new Spreadsheet(workbook.newWorksheet(title), zone);
            for (int c = 0; c < headers.size(); c++) {
                spreadsheet.sheet.value(0, c, headers.get(c));
            }
            spreadsheet.row = 1;
            rows.write(spreadsheet);
            workbook.finish();
        };
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }

    public Spreadsheet text(int column, @Nullable String value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
        return this;
    }

    public Spreadsheet number(int column, long value) {
        sheet.value(row, column, value);
        return this;
    }

    /** A moment as the local date and minute of the configured zone. */
    public Spreadsheet time(int column, @Nullable Instant at) {
        if (at != null) {
            sheet.value(row, column, at.atZone(zone).toLocalDateTime());
            sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
        }
        return this;
    }

    public Spreadsheet date(int column, @Nullable LocalDate day) {
        if (day != null) {
            sheet.value(row, column, day);
            sheet.style(row, column).format("yyyy-mm-dd").set();
        }
        return this;
    }

    /** Ends the row: the next values go to the next one. */
    public void next() {
        row++;
    }
}
