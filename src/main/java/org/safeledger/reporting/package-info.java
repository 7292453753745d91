/**
 * Reporting (read-only): the statistics of a region for a period with their drill-downs, trends against the same
 * period of last year, the four-colour map of a region's children, the dashboards per role, and the monthly reports
 * (月报), frozen once issued. Reads the other modules through their public statistics, never their tables.
 */
@NullMarked
package org.safeledger.reporting;

import org.jspecify.annotations.NullMarked;
