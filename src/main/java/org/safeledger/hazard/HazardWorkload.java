package org.safeledger.hazard;

/**
 * What is waiting in a reader's scope, counted in one pass for the home page: rectifications awaiting acceptance,
 * rectifications still owed (and those of them under way, the staff's to submit), the overdue ones among them, open and submitted major hazards, and the overdue ones
 * escalated all the way to the region's leaders, and the listed (挂牌督办) ones still open.
 */
public record HazardWorkload(
        long awaitingAcceptance,
        long owed,
        long rectifying,
        long overdue,
        long majorOpen,
        long majorAwaitingAcceptance,
        long escalatedToLeaders,
        long listedOpen) {}
