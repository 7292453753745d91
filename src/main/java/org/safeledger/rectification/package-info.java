/**
 * Rectification items (整改事项) of every responsible party — an enterprise, a department, a region's government or
 * party committee — in one closed loop with the hazard's guarantees: assign → plan → progress → evidence →
 * acceptance by the assigning body → closed, sent back, extension before the deadline only, overdue escalation up
 * the party's own chain, and the 督办 colour from the clock (ADR 0009). Tours, directives, summons, assessments,
 * investigations and campaigns open their items here.
 */
@NullMarked
package org.safeledger.rectification;

import org.jspecify.annotations.NullMarked;
