package org.mentra.sessions.events.feedback.web;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.events.feedback.domain.EventFeedback;

/** One person's feedback as its author (or staff) sees it back. */
record FeedbackView(UUID id, UUID eventId, UUID userId, int rating, String comment, boolean showName,
    Instant createdAt, Instant updatedAt) {

  static FeedbackView of(EventFeedback f) {
    return new FeedbackView(f.getId(), f.getEventId(), f.getPersonId(), f.getRating(), f.getComment().orElse(null),
        f.isShowName(), f.getCreatedAt(), f.getUpdatedAt());
  }
}
