package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import java.util.List;
import org.mentra.sessions.people.CrisisResource;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/accountability/sign-ups-paused}: the pause of new sign-ups, with the reason and the date it ends. */
record SignUpsPaused(String sessionName, Instant missedAt, int activeStrikes, long windowDays, Instant pauseUntil,
    List<CrisisResource> resources, String explainUrl, Instant explainBy) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/sign-ups-paused";
  }
}
