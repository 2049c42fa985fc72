package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/**
 * {@code mail/accountability/explanation-accepted}: the explanation was accepted: the missed session no longer
 * counts (and whether sign-ups stay paused by other strikes).
 */
record ExplanationAccepted(String sessionName, Instant missedAt, String note, Instant pauseUntil, Instant pausedUntil,
    String rebookingUrl) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/explanation-accepted";
  }
}
