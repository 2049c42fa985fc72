package org.mentra.sessions.pairing;

import org.mentra.sessions.engine.ProcessMessage;

/** The messages paired support sends to its processes ({@code support-event} and {@code chat-session}). */
enum PairingMessage implements ProcessMessage {
  /** Starts a {@code chat-session} for a published pair (business key: the chat). */
  PAIR_PUBLISHED("PairPublished"),
  /** A coordinator asks to pair now, or a patient signed up after an early pairing (business key: the event). */
  PAIRING_REQUESTED("PairingRequested"),
  /** A seat or a patient became free again: re-pair around the published pairs (business key: the event). */
  PLACE_FREED("PlaceFreed"),
  /** The event was cancelled (business key: the event). */
  EVENT_CANCELLED("SupportEventCancelled"),
  COUNSELOR_CHECKED_IN("CounselorCheckedIn"),
  PATIENT_CHECKED_IN("PatientCheckedIn"),
  /** One side called the chat off before the start (business key: the chat). */
  CHAT_CANCELLED("ChatCancelled");

  private final String messageName;

  PairingMessage(String messageName) {
    this.messageName = messageName;
  }

  @Override
  public String messageName() {
    return messageName;
  }
}
