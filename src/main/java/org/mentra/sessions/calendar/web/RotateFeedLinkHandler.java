package org.mentra.sessions.calendar.web;

import java.util.List;
import java.util.UUID;
import org.mentra.sessions.calendar.CalendarFeeds;
import org.mentra.sessions.calendar.CalendarFeeds.FeedAddress;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.mentra.sessions.shared.TemplateModel;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * "A new address for my calendar" from a mail ({@link CalendarFeeds#rotationLink}): GET asks, POST makes
 * the new address, ends the old one and shows the new one. Once only: a second press would end the
 * address just shown.
 */
@Component
class RotateFeedLinkHandler implements OneClickHandler {

  private final CalendarFeeds feeds;

  RotateFeedLinkHandler(CalendarFeeds feeds) {
    this.feeds = feeds;
  }

  @Override
  public String purpose() {
    return CalendarFeeds.ROTATE_PURPOSE;
  }

  @Override
  public LinkPage show(LinkToken token) {
    personOf(token);
    return LinkPage.confirm("A new address for your calendar",
        "Your calendar address works like a password: whoever has it sees your sessions. Press the button for a "
            + "new one. The old address stops working at once, so calendars subscribed to it stop updating and you "
            + "subscribe again with the new one.",
        List.of(), null, "Make a new address", null);
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    FeedAddress address = feeds.rotate(personOf(token));
    return LinkPage.of(new FeedRotatedPage("Your new calendar address", address.url(), address.subscribeUrl()));
  }

  private static UUID personOf(LinkToken token) {
    if (!token.personId().toString().equals(token.subject())) {
      throw LinkRejected.tampered();
    }
    return token.personId();
  }

  /** {@code pages/calendar-feed-rotated}: the new address, to copy or to subscribe with. */
  record FeedRotatedPage(String title, String url, String subscribeUrl) implements TemplateModel {
    @Override
    public String template() {
      return "pages/calendar-feed-rotated";
    }
  }
}
