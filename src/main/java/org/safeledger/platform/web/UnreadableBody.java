package org.safeledger.platform.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * Which field of a JSON body could not be bound, and why, from Jackson's failure: the path as the caller wrote
 * it ({@code hazardIds[0]}, {@code items[2].title}) and the message key that explains it.
 */
record UnreadableBody(String field, String messageKey) {

    /** The field a binding failure names, or null when the body is not JSON at all (nothing to name). */
    static @Nullable UnreadableBody of(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException binding && !binding.getPath().isEmpty()) {
                return new UnreadableBody(path(binding), key(binding));
            }
        }
        return null;
    }

    private static String key(DatabindException binding) {
        if (binding instanceof StrictStrings.UnstorableText text) {
            return text.messageKey();
        }
        return binding instanceof InvalidNullException ? "error.field.nullItem" : "error.field.type";
    }

    private static String path(DatabindException binding) {
        var path = new StringBuilder();
        for (JacksonException.Reference step : binding.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
