package org.safeledger.accountability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.ItemFacts;
import org.safeledger.responsibility.DutyLine;
import org.safeledger.responsibility.IdlingSignal;
import org.safeledger.responsibility.MatrixView;
import org.safeledger.responsibility.ResponsibilityMatrix;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Service;

/**
 * A leader's one screen on a region as of a day: the matrix's posts, each with its holder, the items still owed by
 * the holder, its duties' windows performed and missed and the signals on it; the region's signals, summons, the
 * year's score and the accountability decisions. Every figure is a count of the list beside it.
 */
@Service
public class AccountabilityBoard {

    private final IdlingSignals signals;
    private final ResponsibilityMatrix matrix;
    private final ItemFacts items;
    private final SummonsStore summons;
    private final SummonsRegister register;
    private final Assessments assessments;
    private final Accountabilities accountabilities;
    private final org.safeledger.platform.SafeLedgerProperties properties;

    AccountabilityBoard(
            IdlingSignals signals,
            ResponsibilityMatrix matrix,
            ItemFacts items,
            SummonsStore summons,
            SummonsRegister register,
            Assessments assessments,
            Accountabilities accountabilities,
            org.safeledger.platform.SafeLedgerProperties properties) {
        this.properties = properties;
        this.signals = signals;
        this.matrix = matrix;
        this.items = items;
        this.summons = summons;
        this.register = register;
        this.assessments = assessments;
        this.accountabilities = accountabilities;
    }

    /** One post's line: its holder and what is open, done and missed on it. */
    public record PostLine(
            MatrixView.PostView post,
            List<ItemFacts.ItemFact> owed,
            long dutiesPerformed,
            long dutiesMissed,
            List<IdlingSignal> signals) {}

    public record Board(
            String regionCode,
            String regionName,
            java.time.LocalDate asOf,
            List<PostLine> posts,
            List<IdlingSignal> signals,
            List<SummonsLine> summons,
            Scorecard score,
            List<AccountabilityEntry> accountability) {}

    /** A summons of the region and whether the reader may open it. */
    public record SummonsLine(Summons summons, boolean readable) {}

    public Board of(Actor actor, String regionCode, @Nullable String asOf) {
        var found = signals.of(actor, regionCode, asOf);
        var day = found.asOf();
        var view = matrix.of(actor, found.regionCode(), day.toString());
        var accounts = view.posts().stream()
                .map(MatrixView.PostView::holder)
                .filter(Objects::nonNull)
                .map(MatrixView.Leader::userId)
                .filter(Objects::nonNull)
                .toList();
        var owed = items.owedByOwners(actor, accounts);
        var lines = new ArrayList<PostLine>();
        for (var post : view.posts()) {
            var holder = post.holder();
            var userId = holder == null ? null : holder.userId();
            var windows = found.duties().lines().stream()
                    .filter(l -> Objects.equals(l.postId(), post.id()))
                    .flatMap(l -> l.windows().stream())
                    .toList();
            lines.add(new PostLine(
                    post,
                    userId == null
                            ? List.of()
                            : owed.stream()
                                    .filter(i -> userId.equals(i.ownerUserId()))
                                    .toList(),
                    windows.stream()
                            .filter(w -> w.status() == DutyLine.Status.PERFORMED)
                            .count(),
                    windows.stream()
                            .filter(w -> w.status() == DutyLine.Status.MISSED)
                            .count(),
                    found.items().stream()
                            .filter(s -> "POST".equals(s.subject().kind())
                                    && Long.valueOf(post.id())
                                            .equals(s.subject().id()))
                            .toList()));
        }
        var held = summons.ofSubject(
                null,
                found.regionCode(),
                day.withDayOfYear(1),
                day,
                day.plusDays(1).atStartOfDay(properties.zone()).toInstant());
        return new Board(
                found.regionCode(),
                found.regionName(),
                day,
                lines,
                found.items(),
                held.stream()
                        .map(s -> new SummonsLine(s, register.mayRead(actor, s)))
                        .toList(),
                assessments.score(actor, found, null),
                accountabilities.of(actor, found.regionCode()));
    }
}
