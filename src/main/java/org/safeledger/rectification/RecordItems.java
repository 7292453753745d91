package org.safeledger.rectification;

import java.time.LocalDate;
import java.util.List;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items another module's records open and follow — a tour's findings after its feedback, a meeting's
 * decisions: whether the actor may assign to a party (the assign form's own rule), opening the item on the dates
 * the record's rules decide, and each item's progress for the record's page, as the same clock reads it.
 */
@Service
public class RecordItems {

    private final Parties parties;
    private final ItemOpening opening;
    private final RectificationStore store;
    private final Rectifications rectifications;
    private final RectificationProperties clocks;

    RecordItems(
            Parties parties,
            ItemOpening opening,
            RectificationStore store,
            Rectifications rectifications,
            RectificationProperties clocks) {
        this.parties = parties;
        this.opening = opening;
        this.store = store;
        this.rectifications = rectifications;
        this.clocks = clocks;
    }

    /**
     * The party named and checked as the actor may assign to it: a 400 naming {@code responsible} when unknown or
     * outside the actor's scope, a 403 when the actor may not assign to it (its own body, outside its region).
     */
    public Party party(Actor actor, Responsible given) {
        var party = parties.responsible(actor, given);
        var refused =
                RectificationAccess.assignRefusal(actor, party.kind(), party.id(), party.regionCode(), party.region());
        if (refused.isPresent()) {
            throw refused.get();
        }
        return party;
    }

    /**
     * The day a record entered after the fact was held (a meeting, a summons): not after today and not more than a
     * year ago; a 400 naming {@code field} otherwise.
     */
    public LocalDate heldOn(String field, @org.jspecify.annotations.Nullable String value) {
        var today = rectifications.today();
        var day = InputValues.date(field, value);
        if (day == null || day.isAfter(today) || day.isBefore(today.minusYears(1))) {
            throw new InvalidInputException(field, "error.record.heldOn", today.minusYears(1), today);
        }
        return day;
    }

    /** The deadline a record gives one of its items: after the day it was held, within three years of it. */
    public static LocalDate deadlineAfter(
            String field, @org.jspecify.annotations.Nullable String value, LocalDate heldOn) {
        var deadline = InputValues.date(field, value);
        if (deadline == null || !deadline.isAfter(heldOn) || deadline.isAfter(heldOn.plusYears(3))) {
            throw new InvalidInputException(field, "error.record.deadline", heldOn);
        }
        return deadline;
    }

    /** The body the actor assigns as (its department, its region's government, or its party committee). */
    public Party body(Actor actor, boolean partyCommittee) {
        return parties.assigner(actor, partyCommittee);
    }

    /**
     * Opens an item the record's rule dates: assigned on {@code assignedOn} (its plan due {@code planWithin} later),
     * due on {@code deadline} — both may lie in the past when a record is entered after the fact.
     */
    @Transactional
    public long open(Actor actor, Opening item) {
        long id = opening.open(
                        actor,
                        item.origin(),
                        item.originId(),
                        item.title(),
                        item.description(),
                        item.party(),
                        parties.assigner(actor, item.byPartyCommittee()),
                        item.assignedOn(),
                        item.deadline())
                .id();
        var owner = item.owner();
        if (owner != null) {
            store.owner(id, owner.userId(), owner.post(), owner.name());
        }
        return id;
    }

    /** The responsible leader a record names for its item: the post, its holder, the holder's account if any. */
    public record Owner(@org.jspecify.annotations.Nullable Long userId, String post, String name) {}

    /** One item another record opens: where from, what, whom, dated how, and whether a party body assigns it. */
    public record Opening(
            Origin origin,
            long originId,
            String title,
            String description,
            Party party,
            boolean byPartyCommittee,
            LocalDate assignedOn,
            LocalDate deadline,
            @org.jspecify.annotations.Nullable Owner owner) {}

    /** Each item a record opened, with its progress today, in the order opened. */
    public List<ItemProgress> of(Origin origin, long originId) {
        var today = rectifications.today();
        return store.ofOrigin(origin, originId).stream()
                .map(r -> ItemProgress.of(r, today, clocks))
                .toList();
    }

    /** The record's items closed at an instant, by their timelines (a re-inspection sample's pool). */
    public List<Long> closedAt(Origin origin, long originId, java.time.Instant at) {
        return store.closedAt(origin, originId, at);
    }

    /** How the actor stands to a party's item assigned by a body: what a record asks before it shows a finding. */
    public static Standing standing(Actor actor, Party party, Party body) {
        return RectificationAccess.standing(
                actor,
                new RectificationAccess.Facts(
                        party.kind(),
                        party.id(),
                        party.regionCode(),
                        party.region(),
                        body.kind() == org.safeledger.responsibility.ResponsibleKind.DEPARTMENT ? body.id() : null,
                        body.region()));
    }
}
