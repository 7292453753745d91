/** Tours as API, pages and the public summary. */
@NullMarked
package org.safeledger.tour.web;

import org.jspecify.annotations.NullMarked;
