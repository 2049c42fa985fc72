package org.mentra.sessions.calendar.busy;

/** What importing a feed's busy times gave: the {@link BusyReading}, or a {@link FeedFailure}. */
public sealed interface BusyImport permits BusyReading, FeedFailure {}
