package org.mentra.sessions.calendar.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.CalendarProperties;

class FeedSecretsTest {

  static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
  final FeedSecrets secrets = secrets(KEY);
  final UUID person = UUID.randomUUID();

  @Test
  void aSealedUrlOpensForItsPersonOnlyAndIsNotThePlainText() {
    String url = "https://calendar.google.com/calendar/ical/ada%40example.org/private-5ecret/basic.ics";

    String sealed = secrets.seal(person, url);

    assertThat(sealed).startsWith("v1:").doesNotContain("google", "5ecret", "basic.ics");
    assertThat(secrets.seal(person, url)).as("a fresh IV each time").isNotEqualTo(sealed);
    assertThat(secrets.open(person, sealed)).isEqualTo(url);
    assertThatThrownBy(() -> secrets.open(UUID.randomUUID(), sealed)).isInstanceOf(FeedSecrets.Unreadable.class);
    int middle = sealed.length() / 2;
    String flipped = sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A')
        + sealed.substring(middle + 1);
    assertThatThrownBy(() -> secrets.open(person, flipped)).isInstanceOf(FeedSecrets.Unreadable.class);
    assertThatThrownBy(() -> secrets(Base64.getEncoder().encodeToString(new byte[32])).open(person, sealed))
        .as("another key").isInstanceOf(FeedSecrets.Unreadable.class);
    assertThatThrownBy(() -> secrets.open(person, "https://plain.example/x.ics")).isInstanceOf(FeedSecrets.Unreadable.class);
  }

  @Test
  void aTokenIs256UrlSafeBitsOfTheSaltAndThePersonUnderTheKey() {
    String salt = secrets.newSalt();

    String token = secrets.token(salt, person);

    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(secrets.token(salt, person)).isEqualTo(token);
    assertThat(secrets.token(salt, UUID.randomUUID())).isNotEqualTo(token);
    assertThat(secrets.token(secrets.newSalt(), person)).isNotEqualTo(token);
    assertThat(secrets(Base64.getEncoder().encodeToString(new byte[32])).token(salt, person)).isNotEqualTo(token);
    assertThat(FeedSecrets.hash(token)).hasSize(64).isNotEqualTo(token);
  }

  @Test
  void withoutAUsableKeyNothingStarts() {
    assertThatThrownBy(() -> secrets(null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mentra.calendar.feed-key").hasMessageContaining("required");
    assertThatThrownBy(() -> secrets(" ")).hasMessageContaining("required");
    assertThatThrownBy(() -> secrets("not base64!")).hasMessageContaining("base64");
    assertThatThrownBy(() -> secrets(Base64.getEncoder().encodeToString(new byte[16]))).hasMessageContaining("32 bytes");
  }

  static FeedSecrets secrets(String key) {
    return new FeedSecrets(new CalendarProperties("Mentra <s@mentra.example>", key, null));
  }
}
