/**
 * Demo mode: on first start with the embedded database, a realistic demonstration set in Alxa Left Banner
 * (152921), the setting of the source documents, plus a few places in Xuwen County, Guangdong (440825). All
 * enterprises are fictional (their names carry "（演示）"); their credit codes are valid by construction.
 */
@NullMarked
package org.safeledger.demo;

import org.jspecify.annotations.NullMarked;
