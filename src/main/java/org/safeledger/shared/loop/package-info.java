/**
 * The rules every closed loop follows (ADR 0009): the deadline clock, the escalation tiers it reaches, the
 * extension rule and the supervision colour. Hazards and rectification items each keep their own transition table
 * on their aggregate and ask these rules for the clock.
 */
@NullMarked
package org.safeledger.shared.loop;

import org.jspecify.annotations.NullMarked;
