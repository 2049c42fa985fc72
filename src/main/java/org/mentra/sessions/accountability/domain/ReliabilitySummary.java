package org.mentra.sessions.accountability.domain;

import java.time.Instant;

/**
 * A person's record as {@code GET /api/v1/people/{id}/reliability} shows it.
 *
 * @param activeStrikes strikes that count now (rolling window, not excused)
 * @param attended sessions kept on time
 * @param late sessions joined late (they count as kept)
 * @param noShows sessions missed without an accepted excuse
 * @param excused sessions missed with an accepted excuse
 * @param reliability 0..1, what matching reads
 * @param pausedUntil the end of a running sign-up pause; absent when there is none
 */
public record ReliabilitySummary(int activeStrikes, int attended, int late, int noShows, int excused,
    double reliability, Instant pausedUntil) {}
