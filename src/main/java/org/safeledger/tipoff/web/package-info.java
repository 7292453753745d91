/** Tip-offs as the public's pages and JSON, the departments' triage pages and the API. */
@NullMarked
package org.safeledger.tipoff.web;

import org.jspecify.annotations.NullMarked;
