package org.mentra.sessions.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OneClickLinksTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private final Instant now = Instant.parse("2026-05-01T09:00:00Z");
  private final OneClickLinks links = links(Clock.fixed(now, ZoneOffset.UTC));
  private final UUID person = UUID.randomUUID();

  @Test
  void aTokenCarriesPurposePersonSubjectChoiceAndExpiry() {
    String token = links.token("council.availability", person, "council-42", "slot-1", now.plusSeconds(3600));

    LinkToken verified = links.verify(token);

    assertThat(verified.purpose()).isEqualTo("council.availability");
    assertThat(verified.personId()).isEqualTo(person);
    assertThat(verified.subject()).isEqualTo("council-42");
    assertThat(verified.choice()).isEqualTo("slot-1");
    assertThat(verified.expiresAt()).isEqualTo(now.plusSeconds(3600));
    assertThat(Base64.getUrlDecoder().decode(verified.nonce())).hasSize(16);
  }

  @Test
  void twoTokensForTheSameChoiceDifferSoNeitherCanBeDerivedFromTheOther() {
    String first = links.token("p", person, "s", "c", now.plusSeconds(60));
    String second = links.token("p", person, "s", "c", now.plusSeconds(60));

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void anyChangedCharacterIsRefusedAsTampered() {
    String token = links.token("p", person, "s", "c", now.plusSeconds(60));
    for (int i = 0; i < token.length(); i++) {
      char flipped = token.charAt(i) == 'A' ? 'B' : 'A';
      String tampered = token.substring(0, i) + flipped + token.substring(i + 1);
      if (!tampered.equals(token)) {
        assertThatThrownBy(() -> links.verify(tampered)).isInstanceOfSatisfying(LinkRejected.class,
            e -> assertThat(e.kind()).isEqualTo(LinkRejected.Kind.TAMPERED));
      }
    }
  }

  @Test
  void theLastCharactersUnusedBitsCannotMakeASecondSpellingOfTheSameLink() {
    // 32 signature bytes are 43 base64 characters; the last one carries 4 bits and 2 unused ones.
    for (int attempt = 0; attempt < 20; attempt++) {
      String token = links.token("p", person, "s", "c", now.plusSeconds(60));
      char last = token.charAt(token.length() - 1);
      String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      char sibling = alphabet.charAt(alphabet.indexOf(last) ^ 1);
      String respelled = token.substring(0, token.length() - 1) + sibling;

      assertThatThrownBy(() -> links.verify(respelled)).isInstanceOf(LinkRejected.class);
    }
  }

  @Test
  void aTokenMovedToAnotherPersonIsRefused() {
    String token = links.token("p", person, "s", "c", now.plusSeconds(60));
    String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
    String otherPayload = payload.replace(person.toString(), UUID.randomUUID().toString());
    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(otherPayload.getBytes())
        + token.substring(token.indexOf('.'));

    assertThatThrownBy(() -> links.verify(forged)).isInstanceOf(LinkRejected.class)
        .hasMessageContaining("changed");
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    OneClickLinks other = new OneClickLinks(new LinkProperties(
        Base64.getEncoder().encodeToString("another-key-of-thirty-two-bytes!".getBytes()), Duration.ofDays(1)),
        Clock.fixed(now, ZoneOffset.UTC), "http://localhost");

    String foreign = other.token("p", person, "s", "c", now.plusSeconds(60));

    assertThatThrownBy(() -> links.verify(foreign)).isInstanceOf(LinkRejected.class);
  }

  @Test
  void anExpiredTokenIsRefusedWithGone() {
    String token = links.token("p", person, "s", "c", now.plusSeconds(60));
    OneClickLinks later = links(Clock.fixed(now.plusSeconds(61), ZoneOffset.UTC));

    assertThatThrownBy(() -> later.verify(token)).isInstanceOfSatisfying(LinkRejected.class,
        e -> assertThat(e.kind()).isEqualTo(LinkRejected.Kind.EXPIRED));
  }

  @Test
  void garbageIsRefusedAsTamperedNeverAsAnError() {
    for (String garbage : new String[] {"", ".", "abc", "a.b.c", "%%%.%%%", "x".repeat(5000)}) {
      assertThatThrownBy(() -> links.verify(garbage)).isInstanceOf(LinkRejected.class);
    }
  }

  @Test
  void urlsUseThePublicBaseUrl() {
    assertThat(links.url("p", person, "s", "c")).startsWith("https://mentra.example/r/");
  }

  @Test
  void refusesToStartWithoutAKeyOrWithAShortOne() {
    Clock clock = Clock.systemUTC();
    assertThatThrownBy(() -> new OneClickLinks(new LinkProperties("", Duration.ofDays(1)), clock, "http://x"))
        .hasMessageContaining("mentra.links.secret").hasMessageContaining("required");
    assertThatThrownBy(() -> new OneClickLinks(new LinkProperties(
        Base64.getEncoder().encodeToString(new byte[16]), Duration.ofDays(1)), clock, "http://x"))
        .hasMessageContaining("256 bits");
  }

  private static OneClickLinks links(Clock clock) {
    return new OneClickLinks(new LinkProperties(KEY, Duration.ofDays(7)), clock, "https://mentra.example/");
  }
}
