package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/**
 * {@code mail/accountability/volunteer-excused}: a coordinator excused the volunteer: the missed session does not
 * count.
 */
record VolunteerExcused(String sessionName, Instant missedAt, String note) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/volunteer-excused";
  }
}
