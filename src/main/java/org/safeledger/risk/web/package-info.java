/** Risk grading as API and pages. */
@NullMarked
package org.safeledger.risk.web;

import org.jspecify.annotations.NullMarked;
