/**
 * Notifications: the in-app inbox with its unread count; e-mail over SMTP when configured; outgoing webhooks
 * (JSON signed with HMAC-SHA256, retried with back-off, every attempt logged) for a province's messaging platform.
 * Each person's preferences choose the channels. Today's messages: overdue hazards escalated up the
 * responsibility chain.
 */
@NullMarked
package org.safeledger.notification;

import org.jspecify.annotations.NullMarked;
