/**
 * Tiny value types every module speaks: the acting user, the data scope, region codes, sectors, and the
 * exceptions that map to HTTP statuses. Nothing here has behaviour that belongs to a feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.safeledger.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
