package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/**
 * {@code mail/accountability/volunteer-missed}: a volunteer missed a session: we noticed, and they may tell us
 * what happened.
 */
record VolunteerMissed(String sessionName, Instant missedAt, String roleName, String explainUrl,
    Instant explainBy) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/volunteer-missed";
  }
}
