/** The standards catalogue as API and pages. */
@NullMarked
package org.safeledger.standard.web;

import org.jspecify.annotations.NullMarked;
