package org.safeledger.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Codes and dates as requests send them (strings), read strictly: a value that is not one of the codes, or not a
 * {@code YYYY-MM-DD} date, is a 400 naming its field, never a 500 and never silently ignored.
 */
public final class InputValues {

    private InputValues() {}

    public static <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "error.code.unknown", value);
        }
    }

    /** The date, or null when nothing was sent. */
    public static @Nullable LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.date.format");
        }
    }
}
