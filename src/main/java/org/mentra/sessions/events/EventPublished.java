package org.mentra.sessions.events;

import java.util.UUID;

/**
 * Published in the transaction that makes an event public; the feature that runs events of its kind
 * starts its process from it (paired support: {@code support-event}).
 */
public record EventPublished(UUID eventId, EventKind kind) {}
