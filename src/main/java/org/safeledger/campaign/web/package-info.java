/** Campaigns as API and pages. */
@NullMarked
package org.safeledger.campaign.web;

import org.jspecify.annotations.NullMarked;
