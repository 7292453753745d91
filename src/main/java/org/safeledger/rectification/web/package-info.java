/** Rectification items as API, pages and spreadsheet. */
@NullMarked
package org.safeledger.rectification.web;

import org.jspecify.annotations.NullMarked;
