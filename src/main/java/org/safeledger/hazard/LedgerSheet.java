package org.safeledger.hazard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.InvalidInputException;
import org.springframework.context.MessageSource;

/**
 * Reads a ledger file one row at a time: .xlsx (the first sheet, fastexcel-reader) or .csv (UTF-8, with or
 * without a byte-order mark), told apart by content. The first non-empty row is the header: each importable
 * column is recognised by its header in Chinese or English (or by its code); other columns are ignored. A value is
 * text, or a date-time where the spreadsheet holds a date.
 */
final class LedgerSheet {

    /** One data row: its number as the spreadsheet shows it, and its values by column. */
    record Row(int number, Map<LedgerColumn, Object> values) {

        @Nullable
        String text(LedgerColumn column) {
            var value = values.get(column);
            if (value == null) {
                return null;
            }
            var text = value.toString().strip();
            return text.isEmpty() ? null : text;
        }
    }

    private LedgerSheet() {}

    /** The header texts that name each column, in every language of the bundles. */
    static Map<String, LedgerColumn> headers(MessageSource messages) {
        var headers = new HashMap<String, LedgerColumn>();
        for (var column : LedgerColumn.values()) {
            if (!column.importable()) {
                continue;
            }
            headers.put(column.name(), column);
            for (var locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                headers.put(messages.getMessage(column.messageKey(), null, column.name(), locale), column);
            }
        }
        return headers;
    }

    /**
     * Reads the file, handing the header's columns to {@code header} and each data row to {@code rows}; blank rows
     * are skipped.
     */
    static void read(
            Path file, Map<String, LedgerColumn> names, Consumer<Map<Integer, LedgerColumn>> header, Consumer<Row> rows)
            throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw new InvalidInputException("file", "error.import.xls");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            readXlsx(file, names, header, rows);
        } else {
            readCsv(file, names, header, rows);
        }
    }

    /** An exception of the caller's row handling, carried through the parser untouched. */
    private static final class Handed extends RuntimeException {
        Handed(RuntimeException cause) {
            super(cause);
        }
    }

    private static void readXlsx(
            Path file,
            Map<String, LedgerColumn> names,
            Consumer<Map<Integer, LedgerColumn>> header,
            Consumer<Row> rows) {
        try (var workbook = new ReadableWorkbook(file.toFile());
                var stream = workbook.getFirstSheet().openStream()) {
            Map<Integer, LedgerColumn>[] columns = new Map[1];
            stream.forEach(row -> {
                if (row.stream()
                        .allMatch(c -> c == null
                                || c.getType() == CellType.EMPTY
                                || c.getText().isBlank())) {
                    return;
                }
                if (columns[0] == null) {
                    columns[0] = new HashMap<>();
                    for (var cell : row) {
                        if (cell != null && names.containsKey(cell.getText().strip())) {
                            columns[0].put(
                                    cell.getColumnIndex(),
                                    names.get(cell.getText().strip()));
                        }
                    }
                    hand(() -> header.accept(columns[0]));
                    return;
                }
                var values = new EnumMap<LedgerColumn, Object>(LedgerColumn.class);
                for (var cell : row) {
                    if (cell == null || !columns[0].containsKey(cell.getColumnIndex())) {
                        continue;
                    }
                    var column = columns[0].get(cell.getColumnIndex());
                    Object value = cell.getText();
                    if (cell.getType() == CellType.NUMBER
                            && (column == LedgerColumn.DISCOVERED_AT || column == LedgerColumn.DEADLINE)) {
                        value = cell.asDate();
                    }
                    values.put(column, value);
                }
                hand(() -> rows.accept(new Row(row.getRowNum(), values)));
            });
        } catch (Handed handed) {
            throw (RuntimeException) handed.getCause();
        } catch (IOException | RuntimeException e) {
            // a broken or truncated workbook, whatever the parser makes of it
            throw new InvalidInputException("file", "error.import.format");
        }
    }

    private static void hand(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            throw new Handed(e);
        }
    }

    private static void readCsv(
            Path file, Map<String, LedgerColumn> names, Consumer<Map<Integer, LedgerColumn>> header, Consumer<Row> rows)
            throws IOException {
        try (InputStream in = Files.newInputStream(file);
                var reader = new InputStreamReader(skipBom(in), StandardCharsets.UTF_8.newDecoder())) {
            Map<Integer, LedgerColumn> columns = null;
            // empty lines kept as records (and skipped below), so that record numbers are line numbers
            for (var record :
                    CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
                boolean blank = true;
                for (var value : record) {
                    blank &= value == null || value.isBlank();
                }
                if (blank) {
                    continue;
                }
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < record.size(); i++) {
                        var name = record.get(i).strip();
                        if (names.containsKey(name)) {
                            columns.put(i, names.get(name));
                        }
                    }
                    header.accept(columns);
                    continue;
                }
                var values = new EnumMap<LedgerColumn, Object>(LedgerColumn.class);
                for (var entry : columns.entrySet()) {
                    if (entry.getKey() < record.size()) {
                        values.put(entry.getValue(), record.get(entry.getKey()));
                    }
                }
                rows.accept(new Row((int) record.getRecordNumber(), values));
            }
        } catch (java.nio.charset.CharacterCodingException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("file", "error.import.format");
        }
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        var buffered = new java.io.BufferedInputStream(in);
        buffered.mark(3);
        var bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }

    /** A date-time from a spreadsheet date or a text such as 2026-11-20, 2026-11-20 09:30 or 2026/11/20. */
    static @Nullable LocalDateTime dateTime(@Nullable Object value) {
        if (value instanceof LocalDateTime dateTime) {
            return dateTime;
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        var text = value.toString().strip().replace('/', '-').replace('T', ' ');
        try {
            if (text.length() <= 10) {
                return java.time.LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern("yyyy-M-d"))
                        .atStartOfDay();
            }
            return LocalDateTime.parse(
                    text.length() > 16 ? text.substring(0, 16) : text,
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-M-d H:mm"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
