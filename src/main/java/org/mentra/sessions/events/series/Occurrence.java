package org.mentra.sessions.events.series;

import java.time.Instant;
import org.mentra.sessions.shared.TimeRange;

/**
 * One occurrence of a series. The recurrence id is the start the rule gives it (RFC 5545
 * RECURRENCE-ID) and stays its name when it is moved; a cancelled one keeps its time (EXDATE), so
 * its registrants can be told which one it was.
 */
public record Occurrence(Instant recurrenceId, TimeRange time, boolean cancelled, boolean moved) {}
