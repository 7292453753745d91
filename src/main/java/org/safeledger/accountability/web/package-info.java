/** Summons over HTTP: the API and the pages. */
@NullMarked
package org.safeledger.accountability.web;

import org.jspecify.annotations.NullMarked;
