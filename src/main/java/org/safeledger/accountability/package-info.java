/**
 * Accountability (问责) of the responsibility system: summons (约谈) whose measures become rectification items and
 * whose written report is due by a deadline; the signals, the assessment and the board will live here too. A
 * feature: it reads the records of the others, and none reads it.
 */
@NullMarked
package org.safeledger.accountability;

import org.jspecify.annotations.NullMarked;
