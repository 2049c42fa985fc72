package org.mentra.sessions.calendar.busy;

/**
 * A feed that gave no busy times, with the reason in words for its owner. The message names the
 * feed by scheme and host only: the rest of a feed URL is a secret (it grants reading the calendar).
 */
public record FeedFailure(FeedProblem problem, String message) implements FetchResult, BusyImport {}
