package org.mentra.sessions.events;

import java.util.UUID;

/** Published in the transaction that cancels a published event, so its process can tell everyone. */
public record EventCancelled(UUID eventId, EventKind kind) {}
