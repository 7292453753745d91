/**
 * The operation log: every write in the system as an append-only entry, chained to the previous one by SHA-256 so
 * that any later change to a stored entry is detectable ({@code GET /api/v1/audit/verify}).
 */
@NullMarked
package org.safeledger.audit;

import org.jspecify.annotations.NullMarked;
