package org.mentra.sessions.calendar.busy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.InvalidInput;

class FeedAddressGuardTest {

  /** A resolver that knows a few names, so that no test depends on DNS. */
  static final Map<String, String> NAMES = Map.of("calendar.example", "93.184.216.34",
      "rebound.example", "10.1.2.3", "metadata.example", "169.254.169.254", "v6.example", "2606:4700::1111");

  static InetAddress[] resolve(String host) throws UnknownHostException {
    String address = NAMES.get(host);
    if (address == null) {
      if (host.matches("[0-9.]+") || host.contains(":") || host.equals("localhost")) {
        return InetAddress.getAllByName(host); // a literal or localhost: no DNS
      }
      throw new UnknownHostException(host);
    }
    return new InetAddress[] {InetAddress.getByName(address)};
  }

  final FeedAddressGuard guard = new FeedAddressGuard(List.of(), FeedAddressGuardTest::resolve);

  @Test
  void takesPublicHttpsAndHttpFeeds() {
    assertThat(guard.check("https://calendar.example/feeds/secret-token/basic.ics"))
        .isEqualTo(URI.create("https://calendar.example/feeds/secret-token/basic.ics"));
    assertThat(guard.check("http://v6.example/cal.ics")).hasHost("v6.example");
    assertThat(guard.check("http://93.184.216.34:8080/cal.ics")).hasPort(8080);
  }

  @Test
  void fetchesWebcalSubscriptionsOverHttps() {
    assertThat(guard.check("webcal://calendar.example/cal.ics")).isEqualTo(URI.create("https://calendar.example/cal.ics"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://127.0.0.1/x", "http://127.8.9.10/x", "http://localhost/x", // loopback (localhost resolves for real)
      "http://10.0.0.1/x", "http://172.16.5.4/x", "http://192.168.1.1/x", // RFC 1918
      "http://169.254.169.254/latest/meta-data/", "http://metadata.example/x", // link-local, cloud metadata
      "http://100.64.0.1/x", "http://100.127.255.254/x", // CGNAT
      "http://0.0.0.0/x", "http://224.0.0.1/x", "http://255.255.255.255/x", "http://198.18.0.1/x",
      "http://[::1]/x", "http://[::]/x", "http://[fc00::1]/x", "http://[fd12:3456::1]/x", "http://[fe80::1]/x",
      "http://[ff02::1]/x", "http://[::ffff:10.0.0.1]/x", "http://[::ffff:127.0.0.1]/x", "http://[::ffff:169.254.169.254]/x",
      "http://[::10.0.0.1]/x", "http://[64:ff9b::a00:1]/x", "http://[2002:a00:1::]/x",
      "http://rebound.example/x"})
  void refusesPrivateLoopbackLinkLocalAndReservedAddresses(String url) {
    assertRefused(url, "private, local or otherwise reserved");
  }

  @Test
  void refusesAHostWithOnePrivateAddressAmongPublicOnes() {
    FeedAddressGuard twoFaced = new FeedAddressGuard(List.of(), host -> new InetAddress[] {
        InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1")});
    assertThatThrownBy(() -> twoFaced.check("https://calendar.example/x")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void publicAddressesPass() {
    for (String address : List.of("93.184.216.34", "8.8.8.8", "100.63.255.255", "100.128.0.0", "172.32.0.1",
        "2606:4700::1111", "::ffff:8.8.8.8", "2002:808:808::")) {
      assertThat(guard.check("https://" + (address.contains(":") ? "[" + address + "]" : address) + "/cal.ics"))
          .as(address).isNotNull();
    }
  }

  @Test
  void allowsPrivateHostsNamedInTheConfiguration() {
    FeedAddressGuard intranet = new FeedAddressGuard(List.of("127.0.0.1", "Calendar.Intranet", "[::1]"),
        FeedAddressGuardTest::resolve);
    assertThat(intranet.check("http://127.0.0.1:8080/cal.ics")).hasHost("127.0.0.1");
    assertThat(intranet.check("https://calendar.intranet/cal.ics")).hasHost("calendar.intranet");
    assertThat(intranet.check("http://[::1]/cal.ics")).isNotNull();
    assertThatThrownBy(() -> intranet.check("http://127.0.0.2/cal.ics")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void refusesOtherSchemesUserInfoAndNonsense() {
    assertRefused("ftp://calendar.example/cal.ics", "starts with https://");
    assertRefused("file:///etc/passwd", "starts with https://");
    assertRefused("calendar.example/cal.ics", "starts with https://");
    assertRefused("https://me:secret@calendar.example/cal.ics", "user name or password");
    assertRefused("https://calendar.example@10.0.0.1/cal.ics", "user name or password");
    assertRefused("https://exa mple.com/cal.ics", "not a web address");
    assertRefused("https:///cal.ics", "no host name");
    assertRefused("https://unknown.example/cal.ics", "could not be found");
    assertRefused("", "Give the address");
    assertRefused("https://calendar.example/" + "a".repeat(2100), "at most 2048");
  }

  @Test
  void neverShowsThePathOrQueryBack() {
    String secret = "https://rebound.example/private/abc123def456/basic.ics?token=s3cr3t";
    assertThatThrownBy(() -> guard.check(secret)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("https://rebound.example")
        .satisfies(e -> {
          assertThat(e.getMessage()).doesNotContain("abc123").doesNotContain("s3cr3t");
          assertThat(((InvalidInput) e).problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("abc123"));
        });
    assertThat(FeedAddressGuard.redacted(URI.create(secret))).isEqualTo("https://rebound.example");
  }

  private void assertRefused(String url, String saying) {
    assertThatThrownBy(() -> guard.check(url)).isInstanceOf(InvalidInput.class).hasMessageContaining(saying)
        .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field)
            .containsExactly("calendarFeedUrl"));
  }
}
