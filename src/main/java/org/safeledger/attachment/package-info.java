/**
 * Uploaded files (photos of hazards, rectification evidence, PDFs): checked by their content, stored under the
 * data directory by their SHA-256, so the same file is stored once and can be recognised when it comes again.
 */
@NullMarked
package org.safeledger.attachment;

import org.jspecify.annotations.NullMarked;
