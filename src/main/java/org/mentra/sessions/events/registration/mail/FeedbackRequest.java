package org.mentra.sessions.events.registration.mail;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.mail.SessionMail;

/** {@code mail/events/feedback-request}: thank you for coming; how was it? */
record FeedbackRequest(UUID eventId, String title, Instant start, Instant end, String feedbackUrl)
    implements SessionMail {

  @Override
  public String template() {
    return "events/feedback-request";
  }

  @Override
  public ConcernContext concern() {
    return ConcernContext.event(eventId);
  }
}
