package org.mentra.sessions.calendar.busy;

/** What fetching a feed gave: its content, or a {@link FeedFailure}. */
public sealed interface FetchResult permits FetchResult.Fetched, FeedFailure {

  /** The feed's text, decoded with the charset the server named (UTF-8 otherwise, as RFC 5545 says). */
  record Fetched(String content) implements FetchResult {}
}
