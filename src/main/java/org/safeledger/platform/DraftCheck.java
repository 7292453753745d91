package org.safeledger.platform;

import jakarta.validation.Validator;
import java.util.Comparator;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.InvalidInputException.FieldMessage;
import org.springframework.stereotype.Component;

/**
 * Bean Validation of a module's input records, run by the module's API itself so that pages, the HTTP API and
 * internal callers get the same checks and the same field-naming 400.
 */
@Component
public class DraftCheck {

    private final Validator validator;

    DraftCheck(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T draft) {
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations.stream()
                    .map(v -> new FieldMessage(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldMessage::field))
                    .toList());
        }
        return draft;
    }
}
