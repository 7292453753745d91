/**
 * The catalogue of determination standards (判定标准): what the law calls a major accident hazard, clause by
 * clause, as versioned reference data loaded from the repository's data files; the version in force on a date.
 */
@NullMarked
package org.safeledger.standard;

import org.jspecify.annotations.NullMarked;
