package org.mentra.sessions.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mentra.sessions.calendar.feed.FeedCalendar;
import org.mentra.sessions.calendar.feed.FeedEvent;
import org.mentra.sessions.calendar.feed.FeedSecrets;
import org.mentra.sessions.calendar.feed.FeedToken;
import org.mentra.sessions.calendar.feed.FeedTokenRepository;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar feed, {@code /calendar/{token}.ics}: every session the invite
 * ledger invited them to (councils, chats, events), with the UID and SEQUENCE of their invites, so a
 * client that has both the invite and the feed shows one event. The token is the only secret: 256
 * bits, bound to the person, stored as a hash; rotating it ends the old address at once.
 *
 * <p>For mails: {@link #url} is the address to subscribe to, {@link #rotationLink} a one-click link
 * that makes a new one (for "not only you have this address?"):
 *
 * <pre>{@code
 * record Welcome(String calendarUrl, String newCalendarAddressUrl) implements TemplateModel { … }
 * new Welcome(calendarFeeds.url(person.getId()), calendarFeeds.rotationLink(person.getId()))
 * }</pre>
 */
@Service
@RetryOnConflict
public class CalendarFeeds {

  /** The purpose of the one-click link that rotates a feed address. */
  public static final String ROTATE_PURPOSE = "calendar.feed-rotate";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final String CALENDAR_NAME = "Mentra Sessions";

  private final FeedTokenRepository tokens;
  private final FeedSecrets secrets;
  private final CalendarInviteRepository invites;
  private final PersonRepository people;
  private final OneClickLinks links;
  private final CalendarProperties.Feed properties;
  private final Clock clock;
  private final String baseUrl;

  CalendarFeeds(FeedTokenRepository tokens, FeedSecrets secrets, CalendarInviteRepository invites,
      PersonRepository people, OneClickLinks links, CalendarProperties properties, Clock clock,
      @Value("${mentra.public-base-url}") String baseUrl) {
    this.tokens = tokens;
    this.secrets = secrets;
    this.invites = invites;
    this.people = people;
    this.links = links;
    this.properties = properties.feed();
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * The person's feed address, made on the first call. When the feed key was changed since, the old
   * address cannot be given again (only its hash is kept): the person gets a new one.
   *
   * @throws org.mentra.sessions.shared.NotFound when there is no such person
   */
  @Transactional
  public FeedAddress url(UUID personId) {
    Person person = people.getOrFail(personId);
    Optional<FeedToken> kept = tokens.findById(person.getId());
    if (kept.isPresent()) {
      String token = secrets.token(kept.get().getSalt(), person.getId());
      if (FeedSecrets.hash(token).equals(kept.get().getTokenHash())) {
        return address(token);
      }
    }
    return renew(person.getId(), kept);
  }

  /** A new feed address for the person; the old one answers 404 from now on. */
  @Transactional
  public FeedAddress rotate(UUID personId) {
    Person person = people.getOrFail(personId);
    return renew(person.getId(), tokens.findById(person.getId()));
  }

  /** A one-click link for a mail: its page asks, and a press makes a new feed address and shows it. */
  public String rotationLink(UUID personId) {
    return links.url(ROTATE_PURPOSE, personId, personId.toString(), null,
        clock.instant().plus(properties.rotateLinkValidity()));
  }

  /** The feed a token opens, or empty for a token that is unknown, rotated away or malformed. */
  @Transactional(readOnly = true)
  public Optional<Feed> feed(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return tokens.findByTokenHash(FeedSecrets.hash(token))
        .flatMap(found -> people.findById(found.getPersonId()))
        .map(this::feedOf);
  }

  private Feed feedOf(Person person) {
    Instant now = clock.instant();
    List<FeedEvent> events = invites.feedOf(person.getId(), person.getEmail().toLowerCase(Locale.ROOT),
        now.minus(properties.past()), now.minus(properties.cancelledShownFor()));
    String ics = FeedCalendar.write(CALENDAR_NAME, person.zone(), events, properties.refreshInterval(), now);
    Optional<Instant> lastModified = events.stream().map(FeedEvent::updatedAt).max(Comparator.naturalOrder());
    return new Feed(ics, lastModified.orElse(null));
  }

  private FeedAddress renew(UUID personId, Optional<FeedToken> kept) {
    String salt = secrets.newSalt();
    String token = secrets.token(salt, personId);
    FeedToken row = kept.orElseGet(() -> new FeedToken(personId, salt, FeedSecrets.hash(token), clock.instant()));
    row.renew(salt, FeedSecrets.hash(token), clock.instant());
    tokens.save(row);
    return address(token);
  }

  private FeedAddress address(String token) {
    return new FeedAddress(baseUrl + "/calendar/" + token + ".ics");
  }

  /**
   * A feed address.
   *
   * @param url the https (or http) address, for Google's "From URL" and Outlook's "Subscribe from web"
   */
  public record FeedAddress(String url) {

    /** The same address as {@code webcal://}, which opens the subscription dialog of Apple Calendar and Outlook. */
    public String subscribeUrl() {
      return url.replaceFirst("^https?://", "webcal://");
    }
  }

  /**
   * A feed as written now.
   *
   * @param lastModified when the newest of its sessions last changed; null for an empty feed
   */
  public record Feed(String ics, Instant lastModified) {}
}
