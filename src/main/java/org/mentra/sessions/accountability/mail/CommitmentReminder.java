package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import java.util.List;
import org.mentra.sessions.people.CrisisResource;
import org.mentra.sessions.shared.TemplateModel;

/**
 * {@code mail/accountability/commitment-reminder}: the second missed session: a kind reminder of the commitment
 * and of what a third would mean.
 */
record CommitmentReminder(String sessionName, Instant missedAt, int activeStrikes, long windowDays, int pauseAtStrike,
    long pauseDays, String rebookingUrl, List<CrisisResource> resources, String explainUrl,
    Instant explainBy) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/commitment-reminder";
  }
}
