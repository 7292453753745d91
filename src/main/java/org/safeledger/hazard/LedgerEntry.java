package org.safeledger.hazard;

/** A hazard with the name of its enterprise, as the ledger lists it. */
public record LedgerEntry(Hazard hazard, String enterpriseName) {}
