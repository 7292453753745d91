/**
 * Organisations: GB/T 2260 regions, the supervising departments with the sectors they supervise (三管三必须),
 * enterprises with their validated unified social credit codes, people and their posts.
 */
@NullMarked
package org.safeledger.org;

import org.jspecify.annotations.NullMarked;
