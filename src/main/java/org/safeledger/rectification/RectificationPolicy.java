package org.safeledger.rectification;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.SafeLedgerException;

/**
 * Whether an actor standing so to an item may take a step now: the step's side (the responsible party plans,
 * reports, submits and asks for extensions; the assigning body accepts and rejects), then the item's own refusal.
 * The steps ask {@link #refusal}; the API's {@code availableActions} and the pages ask {@link #available}.
 */
public final class RectificationPolicy {

    private RectificationPolicy() {}

    public static Optional<? extends SafeLedgerException> refusal(
            Rectification item, Standing standing, RectificationAction action, LocalDate today) {
        if (standing != action.takenBy()) {
            return Optional.of(new ForbiddenException("error.rectification.notYourStep", action.path()));
        }
        return item.refusal(action, today);
    }

    public static List<RectificationAction> available(Rectification item, Standing standing, LocalDate today) {
        return Arrays.stream(RectificationAction.values())
                .filter(a -> refusal(item, standing, a, today).isEmpty())
                .toList();
    }
}
