package org.mentra.sessions.links;

import java.time.Instant;
import java.util.UUID;

/**
 * What a one-click link says: for which purpose, for which person, about which subject (a council,
 * a chat), which choice it pre-selects, until when, and its own random id (nonce).
 */
public record LinkToken(String purpose, UUID personId, String subject, String choice, Instant expiresAt,
    String nonce) {

  public boolean isExpiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }
}
