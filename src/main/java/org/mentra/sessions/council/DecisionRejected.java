package org.mentra.sessions.council;

/**
 * A coordinator's decision that cannot be carried out as entered. Thrown while the task is being
 * completed, it keeps the task open; Tasklist shows the message.
 */
public class DecisionRejected extends RuntimeException {

  DecisionRejected(String message) {
    super(message);
  }
}
