/**
 * The home page: for each role, what that person must do next. Later modules add their tasks (hazards to
 * accept, inspections due, escalations received) to {@link Workload}.
 */
@NullMarked
package org.safeledger.home;

import org.jspecify.annotations.NullMarked;
