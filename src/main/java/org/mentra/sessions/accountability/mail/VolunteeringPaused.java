package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/**
 * {@code mail/accountability/volunteering-paused}: a coordinator paused the volunteer for a period, with the date
 * it ends.
 */
record VolunteeringPaused(String sessionName, Instant missedAt, String note,
    Instant pauseUntil) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/volunteering-paused";
  }
}
