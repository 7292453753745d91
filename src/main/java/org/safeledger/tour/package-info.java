/**
 * Inspection tours and their "second half" (巡视/巡查/督查, domain pack responsibility-and-supervision §5): a tour
 * of a party body, a safety committee's office or a government records its findings against the governments,
 * departments and enterprises of a region (an enterprise's safety hazard also in the hazard ledger); the feedback
 * starts the clocks — each finding becomes a rectification item accepted by the tour's body, each target owes its
 * principal leader's report; the progress per target, a public summary, and the re-inspection sample that checks
 * the closed items again and measures the reopen rate.
 */
@NullMarked
package org.safeledger.tour;

import org.jspecify.annotations.NullMarked;
