/** Accidents as API and pages. */
@NullMarked
package org.safeledger.accident.web;

import org.jspecify.annotations.NullMarked;
