/** Meetings as API and pages. */
@NullMarked
package org.safeledger.directive.web;

import org.jspecify.annotations.NullMarked;
