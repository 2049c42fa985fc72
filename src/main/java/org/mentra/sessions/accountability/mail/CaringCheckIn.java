package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import java.util.List;
import org.mentra.sessions.people.CrisisResource;
import org.mentra.sessions.shared.TemplateModel;

/**
 * {@code mail/accountability/caring-check-in}: the first missed session of a participant: a caring check-in with
 * support and a way back.
 */
record CaringCheckIn(String sessionName, Instant missedAt, String rebookingUrl, List<CrisisResource> resources,
    String explainUrl, Instant explainBy) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/caring-check-in";
  }
}
