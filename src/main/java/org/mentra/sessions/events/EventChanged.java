package org.mentra.sessions.events;

import java.util.UUID;

/**
 * Published in the transaction that changes an event ({@code PUT}): its registrations react (a larger
 * capacity offers seats to the waitlist).
 */
public record EventChanged(UUID eventId, EventKind kind) {}
