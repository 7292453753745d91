package org.safeledger.inspection;

/** A non-compliant answer of a checklist run became a hazard of the ledger (a campaign counts its checklists'). */
public record ChecklistFindingOpened(long templateId, long runId, long enterpriseId, long hazardId) {}
