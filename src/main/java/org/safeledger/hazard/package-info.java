/**
 * The hazard ledger (隐患台账) and its closed loop: report → assign → rectify → submit evidence → accept (销号) or
 * reject back, with extensions, every step on the hazard's timeline and in the operation log.
 */
@NullMarked
package org.safeledger.hazard;

import org.jspecify.annotations.NullMarked;
