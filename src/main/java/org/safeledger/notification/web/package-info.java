/** The inbox and channel preferences as API and pages; webhook administration as API. */
@NullMarked
package org.safeledger.notification.web;

import org.jspecify.annotations.NullMarked;
