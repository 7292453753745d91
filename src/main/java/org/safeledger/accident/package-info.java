/**
 * Production-safety accidents (生产安全事故) under State Council Decree 493: the report with the contents of art. 12,
 * the level of art. 3 computed from deaths, serious injuries and direct loss (the highest wins; 以上 includes the
 * number, 以下 excludes it), recomputed by follow-up reports within the change window of arts. 13 and 20 with the
 * history kept, and the reporting chain of arts. 9–11 (one hour to the county, two hours per level upward) with its
 * deadlines, reports sent and received, and the parties of art. 10 notified.
 */
@NullMarked
package org.safeledger.accident;

import org.jspecify.annotations.NullMarked;
