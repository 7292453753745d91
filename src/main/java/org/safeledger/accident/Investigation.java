package org.safeledger.accident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.NotFoundException;

/**
 * An accident's investigation: the government responsible by the accident's level (art. 19) and the department in
 * the system that organises or follows it; the report is due 60 days after the day of the accident, later by an
 * approved extension of at most 60 days and by the days of technical appraisal (art. 29); the findings; the
 * recommendations and responsibility decisions, each tracked by a hazard of the ledger.
 */
public record Investigation(
        long accidentId,
        InvestigatingBody body,
        long departmentId,
        String departmentName,
        String leadingUnit,
        List<String> team,
        Instant openedAt,
        LocalDate baseDueOn,
        int extensionDays,
        @Nullable String extensionApprovedBy,
        @Nullable String extensionReason,
        List<Appraisal> appraisals,
        long appraisalDays,
        LocalDate dueOn,
        @Nullable String directCause,
        @Nullable String indirectCauses,
        @Nullable Nature nature,
        @Nullable LocalDate reportSubmittedOn,
        State state,
        long daysLeft,
        int version,
        List<Item> items) {

    /** 生产安全责任事故 or not. */
    public enum Nature {
        LIABILITY,
        NON_LIABILITY;

        public String messageKey() {
            return "accidentNature." + name();
        }
    }

    public enum State {
        OPEN,
        /** Due within a week. */
        DUE_SOON,
        OVERDUE,
        REPORTED,
        REPORTED_LATE;

        public String messageKey() {
            return "investigationState." + name();
        }
    }

    /** A technical appraisal (技术鉴定): its days, both ends included, do not count toward the deadline. */
    public record Appraisal(long id, LocalDate from, LocalDate to, String note) {

        public long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    public enum ItemKind {
        RECOMMENDATION,
        RESPONSIBILITY;

        public String messageKey() {
            return "investigationItem." + name();
        }
    }

    /** How the responsible are dealt with (处理建议 and 处理决定). */
    public enum Handling {
        PARTY_DISCIPLINE,
        ADMINISTRATIVE_SANCTION,
        CRIMINAL_REFERRAL,
        FINE,
        OTHER;

        public String messageKey() {
            return "handling." + name();
        }
    }

    public enum PartyKind {
        UNIT,
        PERSON
    }

    /**
     * A recommendation, or the responsibility of a unit or person with the handling proposed and decided; tracked by
     * {@code hazardId} when the enterprise carries it out, by {@code rectificationId} when an authority does (its
     * status is the item's: closed when the assigning department accepted the evidence).
     */
    public record Item(
            long id,
            ItemKind kind,
            String text,
            String responsible,
            @Nullable PartyKind partyKind,
            Set<Handling> proposed,
            Set<Handling> decided,
            String decisionNote,
            LocalDate deadline,
            @Nullable Long hazardId,
            @Nullable Long rectificationId,
            @Nullable String status,
            boolean overdue) {

        /** Only a responsibility is decided on (处理决定); a recommendation is carried out, not decided. */
        public boolean decidable() {
            return kind == ItemKind.RESPONSIBILITY;
        }
    }

    /**
     * Why the investigation refuses an extension now, or empty: art. 29 allows one, of at most 60 days. The
     * service asks before recording it, the page before offering the form.
     */
    public Optional<ConflictException> extensionRefusal() {
        return extensionDays > 0
                ? Optional.of(new ConflictException("days", "error.accident.extendedAlready"))
                : Optional.empty();
    }

    public boolean extendable() {
        return extensionRefusal().isEmpty();
    }

    void requireExtendable() {
        var refused = extensionRefusal();
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** The responsibility to decide on; 404 when the investigation has no such item, or it is a recommendation. */
    Item responsibility(long itemId) {
        return items.stream()
                .filter(i -> i.id() == itemId && i.decidable())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.accident.itemNotFound", itemId));
    }

    public boolean allClosed() {
        return !items.isEmpty() && items.stream().allMatch(i -> "CLOSED".equals(i.status()));
    }
}
