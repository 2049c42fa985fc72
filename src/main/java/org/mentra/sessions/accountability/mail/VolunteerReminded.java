package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/accountability/volunteer-reminded}: a coordinator reminded the volunteer of the commitment. */
record VolunteerReminded(String sessionName, Instant missedAt, String note) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/volunteer-reminded";
  }
}
