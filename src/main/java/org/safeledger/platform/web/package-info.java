/**
 * Web plumbing the feature modules use in their controllers: putting refusals on forms, formatting times for
 * pages. The exception translation here applies on its own.
 */
@NamedInterface("web")
@NullMarked
package org.safeledger.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
