/**
 * The public's tip-offs (举报, domain pack responsibility-and-supervision §6) for the crackdown on illegal mining and
 * production (打非治违): anyone, without signing in, reports a place and what happens there, with photos and an
 * optional contact, and keeps a tracking code that shows the case's progress without revealing the reporter; the
 * region's supervising departments triage it — into a hazard in the ledger, an enforcement inspection, or a
 * rejection with its reason — and record the reward decision. The anonymous form is bounded before anything is
 * stored: sizes of texts and photos, and submissions per client.
 */
@NullMarked
package org.safeledger.tipoff;

import org.jspecify.annotations.NullMarked;
