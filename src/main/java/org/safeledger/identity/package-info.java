/**
 * Identity and access: user accounts with roles and a data scope, form login for pages, HTTP Basic and personal
 * API tokens for the API, lock-out after repeated failures, and the {@link org.safeledger.shared.Actor} every
 * controller receives.
 */
@NullMarked
package org.safeledger.identity;

import org.jspecify.annotations.NullMarked;
