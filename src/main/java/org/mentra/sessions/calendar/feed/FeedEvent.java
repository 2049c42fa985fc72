package org.mentra.sessions.calendar.feed;

import java.time.Instant;

/**
 * One session of a person's feed, as the invite ledger last sent it to them.
 *
 * @param cancelled whether the whole session was cancelled
 * @param updatedAt when the ledger last changed it: the event's DTSTAMP and LAST-MODIFIED
 */
public record FeedEvent(String uid, int sequence, String summary, String description, Instant start, Instant end,
    String meetingUrl, boolean cancelled, Instant updatedAt) {}
