package org.mentra.sessions.calendar.busy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentra.sessions.shared.InvalidInput;

/**
 * Decides whether a calendar feed URL may be fetched, so that a feed URL cannot make the server read
 * inside its own network (server-side request forgery): http(s) only, no user name or password in it,
 * and every address its host resolves to public, unless the host is explicitly allowed. IPv6 forms
 * that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address.
 *
 * <p>What it cannot prevent alone: a host that resolves to a public address now and a private one
 * when the client connects a moment later (DNS rebinding). An egress firewall is the full answer.
 */
public final class FeedAddressGuard {

  static final String FIELD = "calendarFeedUrl";
  private static final int MAX_LENGTH = 2048;

  /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} outside tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final Set<String> allowedHosts;
  private final Resolver resolver;

  public FeedAddressGuard(Collection<String> allowedHosts, Resolver resolver) {
    this.allowedHosts = allowedHosts.stream().map(FeedAddressGuard::normalHost).collect(Collectors.toUnmodifiableSet());
    this.resolver = resolver;
  }

  public static FeedAddressGuard of(BusyFeedProperties properties) {
    return new FeedAddressGuard(properties.allowedHosts(), InetAddress::getAllByName);
  }

  /**
   * The feed URL as it will be fetched, or an {@link InvalidInput} on {@code calendarFeedUrl}.
   * {@code webcal://}, which calendar apps hand out for subscriptions, is fetched as {@code https://}.
   */
  public URI check(String feedUrl) {
    if (feedUrl == null || feedUrl.isBlank()) {
      throw InvalidInput.of(FIELD, "Give the address of your calendar feed (it starts with https://).");
    }
    String text = feedUrl.strip();
    if (text.length() > MAX_LENGTH) {
      throw InvalidInput.of(FIELD, "A calendar feed address has at most " + MAX_LENGTH + " characters.");
    }
    if (text.regionMatches(true, 0, "webcal://", 0, 9)) {
      text = "https://" + text.substring(9);
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw InvalidInput.of(FIELD, "The calendar feed address is not a web address; copy it again from your "
          + "calendar's sharing settings.");
    }
    return check(uri);
  }

  /** Checks a URL to fetch, the first or one a feed redirected to. */
  public URI check(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw InvalidInput.of(FIELD, "A calendar feed address starts with https:// (or http://).");
    }
    if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
      throw InvalidInput.of(FIELD, "The calendar feed address must not contain a user name or password; use the "
          + "secret address your calendar offers for subscribing.");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw InvalidInput.of(FIELD, "The calendar feed address has no host name.");
    }
    String host = normalHost(uri.getHost());
    if (allowedHosts.contains(host)) {
      return uri;
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw InvalidInput.of(FIELD, "The host of the calendar feed " + redacted(uri) + " could not be found.");
    }
    if (addresses.length == 0 || Arrays.stream(addresses).anyMatch(a -> !isPublic(a))) {
      throw InvalidInput.of(FIELD, "The calendar feed " + redacted(uri) + " points at a private, local or otherwise "
          + "reserved network address; only feeds on the public internet can be read.");
    }
    return uri;
  }

  /** The URL as it may be shown or logged: scheme and host, never the path or query that make it secret. */
  public static String redacted(URI uri) {
    String scheme = uri.getScheme() == null ? "?" : uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme + "://" + (uri.getHost() == null ? "?" : uri.getHost());
  }

  /** Whether the address is on the public internet: not loopback, private, link-local, multicast or reserved. */
  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      return BLOCKED_V4.stream().noneMatch(block -> block.contains(bytes));
    }
    if (address instanceof Inet6Address) {
      byte[] embedded = embeddedIpv4(bytes);
      if (embedded != null) {
        return isPublic(ipv4(embedded));
      }
      return BLOCKED_V6.stream().noneMatch(block -> block.contains(bytes));
    }
    return false;
  }

  /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d (NAT64) or 2002:aabb:ccdd:: (6to4). */
  private static byte[] embeddedIpv4(byte[] v6) {
    if (MAPPED.contains(v6) || COMPATIBLE.contains(v6) || NAT64.contains(v6)) {
      return Arrays.copyOfRange(v6, 12, 16);
    }
    if (SIX_TO_FOUR.contains(v6)) {
      return Arrays.copyOfRange(v6, 2, 6);
    }
    return null;
  }

  private static InetAddress ipv4(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("4 bytes are an IPv4 address", e);
    }
  }

  private static String normalHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }

  /** A network prefix, e.g. 100.64.0.0/10. */
  private record Block(byte[] prefix, int bits) {

    static Block of(String cidr) {
      String[] parts = cidr.split("/");
      try {
        return new Block(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(cidr, e);
      }
    }

    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  // IANA special-purpose registries (RFC 6890 and successors): none of these is a calendar server on the internet.
  private static final List<Block> BLOCKED_V4 = Stream.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
      "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
      "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4").map(Block::of).toList();
  private static final List<Block> BLOCKED_V6 = Stream.of("::/128", "::1/128", "100::/64", "2001::/23",
      "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8").map(Block::of).toList();
  // Written as bytes: InetAddress turns ::ffff:0:0 itself into an IPv4 address.
  private static final Block MAPPED = new Block(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff,
      0, 0, 0, 0}, 96);
  private static final Block COMPATIBLE = new Block(new byte[16], 96);
  private static final Block NAT64 = Block.of("64:ff9b::/96");
  private static final Block SIX_TO_FOUR = Block.of("2002::/16");
}
