package org.mentra.sessions.events;

import java.util.UUID;

/**
 * Published in the transaction that changes a published event (its fields or its time, {@code PUT}):
 * those registered hear of it (an updated invite, SEQUENCE + 1, and a mail), and its registrations react
 * (a larger capacity offers seats to the waitlist).
 *
 * @param timeChanged whether the start or the end moved
 */
public record EventChanged(UUID eventId, EventKind kind, boolean timeChanged) {}
