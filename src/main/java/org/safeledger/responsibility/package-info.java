/**
 * Who answers for a record and who is told (党政同责、一岗双责): the three tiers of responsible parties, the
 * escalation chain an overdue record climbs (the same for hazards and rectification items), and the address book
 * that turns a position in that chain into the accounts holding it. Notification only delivers what this decides;
 * the responsibility matrix of posts and duty lists will live here too.
 */
@NullMarked
package org.safeledger.responsibility;

import org.jspecify.annotations.NullMarked;
