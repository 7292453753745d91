package org.safeledger.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string and nothing else becomes a Java string, and only text PostgreSQL can store: a NUL character is
 * refused (PostgreSQL refuses it in text, and the caller would otherwise be told a record does not exist), and so
 * is a lone surrogate (UTF-8 cannot encode one: it would be stored as "?").
 */
final class StrictStrings extends StdScalarDeserializer<String> {

    StrictStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        var text = parser.getString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw new UnstorableText(parser, "error.field.nul");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new UnstorableText(parser, "error.field.surrogate");
            }
        }
        return text;
    }

    /** Text the database cannot store faithfully; {@code messageKey} says why, in the requester's language. */
    static final class UnstorableText extends MismatchedInputException {

        private final String messageKey;

        UnstorableText(JsonParser parser, String messageKey) {
            super(parser, "Unstorable text: " + messageKey, String.class);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
