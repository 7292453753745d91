/**
 * Law-enforcement documents (执法文书): inspection records, rectification orders, on-site measures, review opinions
 * and penalty decisions, each numbered gap-free per issuing authority, year and type, in the order the law sets,
 * acknowledged by the recipient (or the refusal recorded), rendered to PDF with an embedded CJK font.
 */
@NullMarked
package org.safeledger.enforcement;

import org.jspecify.annotations.NullMarked;
