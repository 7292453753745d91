package org.safeledger.hazard;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hazard another record found — a checklist run, an accident investigation, an inspection tour, a campaign — as the
 * one call that opens it in the ledger ({@link HazardLedger#open}): the enterprise, sector, source and what was found,
 * the photos and clauses, and what follows in the same transaction (its assignment, its listing for supervision).
 * Texts longer than the ledger's limits are shortened with an ellipsis rather than refused: the finding is recorded
 * in full by the record that made it.
 */
public record Finding(
        long enterpriseId,
        String sector,
        String source,
        String title,
        String description,
        String place,
        @Nullable String foundBy,
        List<Long> photoIds,
        List<Long> clauseIds,
        @Nullable Assignment assignment,
        @Nullable Supervision supervision) {

    /** Who rectifies it, how and by when. */
    public record Assignment(String plan, String responsiblePerson, LocalDate deadline) {}

    /** Listed for supervision by a department, to the deadline. */
    public record Supervision(long departmentId, LocalDate deadline) {}

    public Finding {
        photoIds = List.copyOf(photoIds);
        clauseIds = List.copyOf(clauseIds);
    }

    /** A finding of what, where and by which record; the rest is added on the builder. */
    public static Builder of(
            long enterpriseId, String sector, String source, String title, String description, String place) {
        return new Builder(enterpriseId, sector, source, title, description, place);
    }

    /** Collects the optional parts of a finding. */
    public static final class Builder {

        private final long enterpriseId;
        private final String sector;
        private final String source;
        private final String title;
        private final String description;
        private final String place;
        private @Nullable String foundBy;
        private List<Long> photoIds = List.of();
        private List<Long> clauseIds = List.of();
        private @Nullable Assignment assignment;
        private @Nullable Supervision supervision;

        private Builder(
                long enterpriseId, String sector, String source, String title, String description, String place) {
            this.enterpriseId = enterpriseId;
            this.sector = sector;
            this.source = source;
            this.title = title;
            this.description = description;
            this.place = place;
        }

        public Builder foundBy(String who) {
            this.foundBy = who;
            return this;
        }

        /** The finder's own photos of it. */
        public Builder photos(List<Long> ids) {
            this.photoIds = ids;
            return this;
        }

        /** The clauses of a determination standard it meets: the hazard is major. */
        public Builder citing(List<Long> ids) {
            this.clauseIds = ids;
            return this;
        }

        public Builder assignedTo(String plan, String responsiblePerson, LocalDate deadline) {
            this.assignment = new Assignment(plan, responsiblePerson, deadline);
            return this;
        }

        public Builder listedBy(long departmentId, LocalDate deadline) {
            this.supervision = new Supervision(departmentId, deadline);
            return this;
        }

        public Finding build() {
            return new Finding(
                    enterpriseId,
                    sector,
                    source,
                    title,
                    description,
                    place,
                    foundBy,
                    photoIds,
                    clauseIds,
                    assignment,
                    supervision);
        }
    }

    /** The text cut to {@code max} characters, an ellipsis marking the cut. */
    static String shorten(String text, int max) {
        var t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
