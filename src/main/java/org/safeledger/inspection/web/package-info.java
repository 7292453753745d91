/** Checklists and self-inspection as API and pages. */
@NullMarked
package org.safeledger.inspection.web;

import org.jspecify.annotations.NullMarked;
