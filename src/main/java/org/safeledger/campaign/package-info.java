/**
 * Campaigns. Today: lesson roll-outs (举一反三) — from an accident or a major hazard, an authorised leader checks
 * every similar enterprise of the jurisdiction with a checklist built from the causes; progress per region and
 * enterprise; the findings become hazards of source {@code ACCIDENT_LESSON}.
 */
@NullMarked
package org.safeledger.campaign;

import org.jspecify.annotations.NullMarked;
