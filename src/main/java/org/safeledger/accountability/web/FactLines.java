package org.safeledger.accountability.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.IdlingSignal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A signal or a deduction's fact as one line a person reads, in the reader's language, with the address of the
 * record behind it: the board, the scorecard page, its PDF and its sheet all say the same thing the same way.
 */
@Component
class FactLines {

    /** One line and the page of its record (null when the record has no page of its own). */
    record Line(String text, @Nullable String href) {}

    private final MessageSource messages;

    FactLines(MessageSource messages) {
        this.messages = messages;
    }

    Line signal(IdlingSignal s, Locale locale) {
        return signal(s.kind(), s.subject().name(), s.subject().regionCode(), s.facts(), locale);
    }

    @SuppressWarnings("unchecked")
    Line fact(Map<String, Object> f, Locale locale) {
        var id = f.get("id");
        return switch (String.valueOf(f.get("fact"))) {
            case "SIGNAL" ->
                signal(
                        String.valueOf(f.get("kind")),
                        String.valueOf(f.get("subject")),
                        null,
                        (List<Map<String, Object>>) f.get("facts"),
                        locale);
            case "ITEM" ->
                new Line(
                        text("fact.item", locale, f.get("title"), f.get("deadline")), link(f, "/rectifications/" + id));
            case "LISTED_OVERDUE" ->
                new Line(
                        text("fact.listed", locale, f.get("title"), f.get("enterprise"), f.get("deadline")),
                        link(f, "/hazards/" + f.get("hazardId")));
            case "PLAN" ->
                new Line(
                        text(
                                "fact.plan",
                                locale,
                                f.get("title"),
                                f.get("done"),
                                f.get("target"),
                                f.get("expectedPercent")),
                        null);
            case "SUMMONS" ->
                new Line(text("fact.summons", locale, f.get("heldOn"), f.get("title")), link(f, "/summons/" + id));
            case "ACCIDENT" ->
                new Line(
                        text(
                                "fact.accident",
                                locale,
                                f.get("occurredOn"),
                                f.get("title"),
                                text("accidentLevel." + f.get("level"), locale),
                                f.get("deaths")),
                        link(f, "/accidents/" + id));
            default -> new Line(String.valueOf(f), null);
        };
    }

    private Line signal(
            String kind, String subject, @Nullable String region, List<Map<String, Object>> facts, Locale locale) {
        var first = facts.get(0);
        var what = text("signalKind." + kind, locale);
        return switch (kind) {
            case "DUTY_NOT_PERFORMED" ->
                new Line(
                        text(
                                "signalText.DUTY_NOT_PERFORMED",
                                locale,
                                what,
                                subject,
                                text("duty." + first.get("duty"), locale),
                                first.get("from"),
                                first.get("to")),
                        region == null ? null : "/duties?region=" + region + "&asOf=" + first.get("to"));
            case "MISSED_BY_INSPECTION" -> {
                var inspected = facts.get(1);
                yield new Line(
                        text(
                                "signalText.MISSED_BY_INSPECTION",
                                locale,
                                what,
                                subject,
                                inspected.get("inspectedOn"),
                                first.get("enterprise"),
                                text("inspected." + inspected.get("fact"), locale),
                                first.get("discoveredOn"),
                                first.get("foundBy"),
                                first.get("title")),
                        link(first, "/hazards/" + first.get("hazardId")));
            }
            case "SELF_INSPECTION_ALL_CLEAR_CONTRADICTED" -> {
                var own = facts.get(1);
                yield new Line(
                        text(
                                "signalText.SELF_INSPECTION_ALL_CLEAR_CONTRADICTED",
                                locale,
                                what,
                                subject,
                                own.get("from"),
                                own.get("to"),
                                own.get("inspections"),
                                first.get("discoveredOn"),
                                first.get("foundBy"),
                                first.get("title")),
                        link(first, "/hazards/" + first.get("hazardId")));
            }
            case "INSPECTIONS_WITHOUT_FINDINGS" ->
                new Line(
                        text(
                                "signalText.INSPECTIONS_WITHOUT_FINDINGS",
                                locale,
                                what,
                                subject,
                                first.get("from"),
                                first.get("to"),
                                first.get("inspections"),
                                first.get("threshold")),
                        null);
            case "LISTED_OVERDUE_UNSUPERVISED" ->
                new Line(
                        text(
                                "signalText.LISTED_OVERDUE_UNSUPERVISED",
                                locale,
                                what,
                                subject,
                                first.get("title"),
                                first.get("enterprise"),
                                first.get("deadline")),
                        link(first, "/hazards/" + first.get("hazardId")));
            case "ESCALATION_IGNORED" ->
                new Line(
                        text(
                                "signalText.ESCALATION_IGNORED",
                                locale,
                                what,
                                subject,
                                first.get("deliveredOn"),
                                first.get("windowDays")),
                        null);
            default -> new Line(what + " " + subject, null);
        };
    }

    /** The record's page, unless the fact says the reader may not open it. */
    private static @Nullable String link(Map<String, Object> fact, String href) {
        return Boolean.FALSE.equals(fact.get("readable")) ? null : href;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
