package org.mentra.sessions.pairing.mail;

/** The letters a chat-session sends about one chat; the diagram names one per task (step parameter {@code letter}). */
public enum ChatLetter {
  /** The pair announced to both, with the calendar invite. */
  ASSIGNMENT,
  /** Before the chat: both get their personal join link. */
  REMINDER,
  /** The standby took over: updated invites for the patient and the standby, a cancellation for the late counselor. */
  STANDBY_INVITES,
  /** After the chat: a one-click feedback request to the patient. */
  FEEDBACK_REQUEST
}
