/**
 * Inspections. The enterprises' part so far: checklist templates built from the standards catalogue's clauses plus
 * custom items, self-inspection runs with a tri-state result per item (compliant, non-compliant, not checked — and
 * not applicable), a non-compliant item turned into a hazard in one step (major when its clause is), and recurring
 * schedules whose missed periods the principal and the inspector see.
 */
@NullMarked
package org.safeledger.inspection;

import org.jspecify.annotations.NullMarked;
