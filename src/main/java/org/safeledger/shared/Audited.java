package org.safeledger.shared;

import java.util.Map;

/**
 * A write that happened, for the operation log: published by the module that wrote, inside its transaction, and
 * appended to the hash-chained log by the audit module in the same transaction (so a rolled-back write leaves no
 * entry and a committed one always has its entry).
 *
 * @param actor the username of who wrote ({@code system} for the application itself)
 * @param action what was done, e.g. {@code hazard.accept}
 * @param target what it was done to, e.g. {@code hazard:42}
 * @param detail the facts worth keeping: before/after values, reasons
 */
public record Audited(String actor, String action, String target, Map<String, ?> detail) {

    public static Audited by(Actor actor, String action, String target, Map<String, ?> detail) {
        return new Audited(actor.username(), action, target, detail);
    }
}
