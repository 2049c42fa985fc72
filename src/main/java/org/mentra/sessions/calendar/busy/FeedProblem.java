package org.mentra.sessions.calendar.busy;

/** Why a calendar feed gave no busy times; each failure also says it in words for the person. */
public enum FeedProblem {
  /** The address, or one it redirected to, is not one we fetch (see {@link FeedAddressGuard}). */
  ADDRESS_REFUSED,
  /** No connection, or it broke off. */
  UNREACHABLE,
  TIMED_OUT,
  TOO_LARGE,
  TOO_MANY_REDIRECTS,
  /** The server answered with something other than success (404, 401, 500…). */
  NOT_OK,
  /** It answered, but with no iCalendar the feed's busy times can be read from. */
  NOT_A_CALENDAR
}
