package org.mentra.sessions.events.feedback.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * {@code POST /api/v1/events/{id}/feedback}.
 *
 * @param userId the person giving it (their person id), who attended the event
 * @param rating 1 (poor) to 5 (excellent)
 * @param showName whether the summary may show their name next to their comment (default: no)
 */
record FeedbackRequest(@NotNull UUID userId, @NotNull @Min(1) @Max(5) Integer rating,
    @Size(max = 2000) String comment, Boolean showName) {}
