/**
 * The ground the feature modules stand on: the database (embedded PostgreSQL by default), the clock, demo mode,
 * locale and message bundles, and the translation of failures into RFC 9457 problems and error pages.
 */
@NullMarked
package org.safeledger.platform;

import org.jspecify.annotations.NullMarked;
