/**
 * Meeting directives (domain pack responsibility-and-supervision §5): a region's party standing committee,
 * government executive meeting or safety committee studies work safety and decides tasks; each decision is owned by
 * a post — its holder the responsible leader — and carried out by a responsible party as a rectification item of
 * origin {@code DIRECTIVE}, under the same 督办 clock. The meetings held are the record the meeting duty is checked
 * against.
 */
@NullMarked
package org.safeledger.directive;

import org.jspecify.annotations.NullMarked;
