package org.mentra.sessions.events;

import java.util.UUID;

/**
 * Published in the transaction that changes a published event (its fields or its time), so those
 * registered hear of it: an updated invite (SEQUENCE + 1) and a mail.
 *
 * @param timeChanged whether the start or the end moved
 */
public record EventChanged(UUID eventId, EventKind kind, boolean timeChanged) {}
