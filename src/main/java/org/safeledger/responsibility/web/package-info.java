/** The responsibility matrix over HTTP: its API and its pages. */
@NullMarked
package org.safeledger.responsibility.web;

import org.jspecify.annotations.NullMarked;
