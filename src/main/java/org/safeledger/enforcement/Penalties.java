package org.safeledger.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.HazardFlag;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.hazard.LedgerEntry;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * A penalty decision's penalty, checked against the law (Work Safety Law arts. 102, 112, 113): the ranges, the
 * refused order and the original fine a daily fine repeats, the days not fined twice, the closure grounds checked
 * against the record. Taken out of {@link EnforcementDocuments}, which numbers and issues the document.
 */
@Component
class Penalties {

    private final EnforcementStore store;
    private final HazardLedger hazards;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    Penalties(EnforcementStore store, HazardLedger hazards, SafeLedgerProperties properties, Clock clock) {
        this.store = store;
        this.hazards = hazards;
        this.properties = properties;
        this.clock = clock;
    }

    Penalty assess(Actor actor, IssueRequest request, long enterpriseId, List<LedgerEntry> entries) {
        var p = request.penalty();
        if (p == null) {
            throw new InvalidInputException("penalty", "error.field.required");
        }
        var article = InputValues.code(
                Penalty.PenaltyArticle.class, "penalty.article", required("penalty.article", p.article()));
        var party = InputValues.code(
                Penalty.FinedParty.class, "penalty.finedParty", required("penalty.finedParty", p.finedParty()));
        var provision = required("penalty.violatedProvision", p.violatedProvision());
        if (provision.length() > 200) {
            throw new InvalidInputException("penalty.violatedProvision", "error.enforcement.textLong", 200);
        }
        var name = required("penalty.finedName", p.finedName());
        if (name.length() > 100) {
            throw new InvalidInputException("penalty.finedName", "error.enforcement.textLong", 100);
        }
        // a repeat (or confirmed false rectification) is handled with aggravation unless the inspector says otherwise
        boolean aggravated = p.aggravated() != null
                ? p.aggravated()
                : entries.stream().anyMatch(e -> e.hazard().flags().contains(HazardFlag.REPEAT));
        return switch (article) {
            case ART_102 -> art102(actor, p, provision, party, name, aggravated, enterpriseId);
            case ART_112 -> art112(actor, p, provision, party, name, aggravated, enterpriseId);
            case ART_113 -> closure(p, provision, party, name, aggravated, enterpriseId);
        };
    }

    /**
     * 提请关闭: a request to the local government, not a fine. Ground (一) is checked against the record: a major
     * hazard of the enterprise open now, and three penalty decisions within 180 days or four within a year; the other
     * grounds rest on facts the system does not hold and are the inspector's finding.
     */
    private Penalty closure(
            IssueRequest.PenaltyDraft p,
            String provision,
            Penalty.FinedParty party,
            String name,
            boolean aggravated,
            long enterpriseId) {
        if (p.amountYuan() != null && p.amountYuan() != 0) {
            throw new InvalidInputException("penalty.amountYuan", "error.enforcement.art113NoFine");
        }
        var ground = InputValues.code(
                Penalty.ClosureGround.class,
                "penalty.closureGround",
                required("penalty.closureGround", p.closureGround()));
        if (ground == Penalty.ClosureGround.MAJOR_HAZARD_REPEATED_PENALTIES) {
            var now = clock.instant();
            long in180 = store.penaltiesSince(enterpriseId, now.minus(java.time.Duration.ofDays(180)));
            long inYear = store.penaltiesSince(
                    enterpriseId, now.atZone(properties.zone()).minusYears(1).toInstant());
            if (!PenaltyArithmetic.art113RepeatedPenalties(hazards.hasOpenMajor(enterpriseId), in180, inYear)) {
                throw new InvalidInputException(
                        "penalty.closureGround", "error.enforcement.art113NotMet", in180, inYear);
            }
        }
        return Penalty.closure(provision, party, name, aggravated, ground);
    }

    /**
     * 处五万元以下的罚款 on the unit; 拒不执行的 … 对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的罚款:
     * the persons' range only when the unit's refusal of an order is on record (a failed review of it).
     */
    private Penalty art102(
            Actor actor,
            IssueRequest.PenaltyDraft p,
            String provision,
            Penalty.FinedParty party,
            String name,
            boolean aggravated,
            long enterpriseId) {
        long amount = amount(p.amountYuan());
        if (!PenaltyArithmetic.art102Allows(party, amount)) {
            throw new InvalidInputException(
                    "penalty.amountYuan",
                    "error.enforcement.art102Range",
                    PenaltyArithmetic.art102Min(party),
                    PenaltyArithmetic.art102Max(party));
        }
        String orderNumber = null;
        if (party == Penalty.FinedParty.PERSON) {
            if (p.orderDocumentId() == null) {
                throw new InvalidInputException("penalty.orderDocumentId", "error.enforcement.personNeedsRefusal");
            }
            orderNumber = refusedOrder(actor, p.orderDocumentId(), enterpriseId).number();
        }
        return Penalty.art102(provision, party, name, amount, aggravated, orderNumber);
    }

    /**
     * 按日连续处罚: the unit was ordered to correct and fined, and refused to correct (the order's failed review); the
     * original fine's amount for every day from the day after the order up to the end of the refusal.
     */
    private Penalty art112(
            Actor actor,
            IssueRequest.PenaltyDraft p,
            String provision,
            Penalty.FinedParty party,
            String name,
            boolean aggravated,
            long enterpriseId) {
        if (party != Penalty.FinedParty.UNIT) {
            throw new InvalidInputException("penalty.finedParty", "error.enforcement.art112Unit");
        }
        if (p.orderDocumentId() == null) {
            throw new InvalidInputException("penalty.orderDocumentId", "error.field.required");
        }
        var order = refusedOrder(actor, p.orderDocumentId(), enterpriseId);
        if (p.originalFineDocumentId() == null) {
            throw new InvalidInputException("penalty.originalFineDocumentId", "error.field.required");
        }
        var original = store.find(p.originalFineDocumentId(), actor.scope())
                .filter(d -> d.type() == DocumentType.PENALTY_DECISION
                        && d.enterpriseId() == enterpriseId
                        && d.departmentId() == order.departmentId()
                        && d.penalty() != null
                        && d.penalty().article() == Penalty.PenaltyArticle.ART_102
                        && d.penalty().finedParty() == Penalty.FinedParty.UNIT)
                .orElseThrow(() -> new InvalidInputException(
                        "penalty.originalFineDocumentId",
                        "error.enforcement.originalFineUnknown",
                        p.originalFineDocumentId()));
        // the fine was for hazards the order ordered corrected: the same violation, refused
        if (original.hazardIds().isEmpty() || !order.hazardIds().containsAll(original.hazardIds())) {
            throw new InvalidInputException(
                    "penalty.originalFineDocumentId",
                    "error.enforcement.fineOfOtherOrder",
                    original.number(),
                    order.number());
        }
        long base = original.penalty().amountYuan();
        if (p.amountYuan() != null && p.amountYuan() != base) {
            throw new InvalidInputException(
                    "penalty.amountYuan", "error.enforcement.art112Amount", base, original.number());
        }
        var orderedOn = order.issuedAt().atZone(properties.zone()).toLocalDate();
        var until = InputValues.date("penalty.refusedUntil", required("penalty.refusedUntil", p.refusedUntil()));
        if (!until.isAfter(orderedOn)) {
            throw new InvalidInputException("penalty.refusedUntil", "error.enforcement.refusedUntilBefore", orderedOn);
        }
        if (until.isAfter(LocalDate.now(clock.withZone(properties.zone())))) {
            throw new InvalidInputException("penalty.refusedUntil", "error.enforcement.refusedUntilFuture");
        }
        // a refusal already fined is not fined again: a later decision counts from the day after the last one ended
        // (the order's row serialises concurrent decisions on it)
        store.lock(order.id());
        var start = store.dailyFinedUntil(order.departmentId(), order.number())
                .filter(last -> last.isAfter(orderedOn))
                .orElse(orderedOn);
        if (!until.isAfter(start)) {
            throw new InvalidInputException("penalty.refusedUntil", "error.enforcement.refusedUntilBefore", start);
        }
        long days = PenaltyArithmetic.art112Days(start, until);
        if (PenaltyArithmetic.art112Total(base, days, Penalty.MAX_YUAN) < 0) {
            throw new InvalidInputException("penalty.refusedUntil", "error.enforcement.amountCap", Penalty.MAX_YUAN);
        }
        return Penalty.art112(
                provision,
                name,
                aggravated,
                base,
                orderedOn,
                start.plusDays(1),
                until,
                days,
                order.number(),
                original.number());
    }

    private static long amount(@Nullable Long amountYuan) {
        if (amountYuan == null || amountYuan <= 0) {
            throw new InvalidInputException("penalty.amountYuan", "error.enforcement.amountPositive");
        }
        if (amountYuan > Penalty.MAX_YUAN) {
            throw new InvalidInputException("penalty.amountYuan", "error.enforcement.amountCap", Penalty.MAX_YUAN);
        }
        return amountYuan;
    }

    /** A rectification order of this authority to the enterprise whose review found it not carried out. */
    private EnforcementDocument refusedOrder(Actor actor, long orderId, long enterpriseId) {
        var order = store.find(orderId, actor.scope())
                .filter(d -> d.type() == DocumentType.RECTIFICATION_ORDER
                        && d.enterpriseId() == enterpriseId
                        && Long.valueOf(d.departmentId()).equals(actor.departmentId()))
                .orElseThrow(() -> new InvalidInputException(
                        "penalty.orderDocumentId", "error.enforcement.documentUnknown", orderId));
        if (!store.reviewFailed(order.id())) {
            throw new InvalidInputException(
                    "penalty.orderDocumentId", "error.enforcement.orderNotRefused", order.number());
        }
        return order;
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "error.field.required");
        }
        return value.strip();
    }
}
