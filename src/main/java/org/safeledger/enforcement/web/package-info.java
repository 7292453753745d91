/** Enforcement documents as API and pages. */
@NullMarked
package org.safeledger.enforcement.web;

import org.jspecify.annotations.NullMarked;
