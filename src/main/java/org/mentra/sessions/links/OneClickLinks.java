package org.mentra.sessions.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Issues and verifies one-click links. A token is its payload (purpose, person, subject, choice,
 * expiry, a 128-bit random nonce) signed with HMAC-SHA256 under a 256-bit key from configuration:
 * it cannot be guessed, changed or moved to another person without the key.
 */
@Service
@EnableConfigurationProperties(LinkProperties.class)
public class OneClickLinks {

  private static final String VERSION = "1";
  private static final char SEPARATOR = '|';
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Duration defaultValidity;
  private final Clock clock;
  private final String baseUrl;
  private final SecureRandom random = new SecureRandom();

  OneClickLinks(LinkProperties properties, Clock clock, @Value("${mentra.public-base-url}") String baseUrl) {
    this.key = new SecretKeySpec(decodeKey(properties.secret()), "HmacSHA256");
    this.defaultValidity = properties.defaultValidity();
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** A link valid until the given instant. */
  public String url(String purpose, UUID personId, String subject, String choice, Instant expiresAt) {
    return baseUrl + "/r/" + token(purpose, personId, subject, choice, expiresAt);
  }

  /** A link valid for the default period (mentra.links.default-validity). */
  public String url(String purpose, UUID personId, String subject, String choice) {
    return url(purpose, personId, subject, choice, clock.instant().plus(defaultValidity));
  }

  public String token(String purpose, UUID personId, String subject, String choice, Instant expiresAt) {
    byte[] nonceBytes = new byte[16];
    random.nextBytes(nonceBytes);
    String payload = String.join(String.valueOf(SEPARATOR), VERSION, clean(purpose), personId.toString(),
        clean(subject), clean(choice == null ? "" : choice), Long.toString(expiresAt.getEpochSecond()),
        B64.encodeToString(nonceBytes));
    byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
    return B64.encodeToString(payloadBytes) + "." + B64.encodeToString(sign(payloadBytes));
  }

  /**
   * The token's content when its signature holds and it has not expired; otherwise a
   * {@link LinkRejected} to show the person.
   */
  public LinkToken verify(String token) {
    LinkToken parsed = parse(token);
    if (parsed.isExpiredAt(clock.instant())) {
      throw LinkRejected.expired();
    }
    return parsed;
  }

  private LinkToken parse(String token) {
    if (token == null || token.length() > 2048) {
      throw LinkRejected.tampered();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      throw LinkRejected.tampered();
    }
    try {
      byte[] payload = canonical(token.substring(0, dot));
      byte[] signature = canonical(token.substring(dot + 1));
      if (!MessageDigest.isEqual(sign(payload), signature)) {
        throw LinkRejected.tampered();
      }
      String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
      if (parts.length != 7 || !VERSION.equals(parts[0])) {
        throw LinkRejected.tampered();
      }
      return new LinkToken(parts[1], UUID.fromString(parts[2]), parts[3], parts[4].isEmpty() ? null : parts[4],
          Instant.ofEpochSecond(Long.parseLong(parts[5])), parts[6]);
    } catch (IllegalArgumentException e) {
      throw LinkRejected.tampered();
    }
  }

  /**
   * Decodes base64url, refusing every spelling but the one we issue: the last character's unused bits
   * would otherwise let several different links mean the same token.
   */
  private static byte[] canonical(String part) {
    byte[] bytes = B64_DECODER.decode(part);
    if (!B64.encodeToString(bytes).equals(part)) {
      throw LinkRejected.tampered();
    }
    return bytes;
  }

  private byte[] sign(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static String clean(String value) {
    if (value.indexOf(SEPARATOR) >= 0) {
      throw new IllegalArgumentException("A link field may not contain '" + SEPARATOR + "': " + value);
    }
    return value;
  }

  private static byte[] decodeKey(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException("mentra.links.secret (MENTRA_LINKS_SECRET) is required: a base64 key of at "
          + "least 32 bytes, e.g. from `openssl rand -base64 32`. Only the demo profile has a built-in one.");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("mentra.links.secret must be base64", e);
    }
    if (key.length < 32) {
      throw new IllegalStateException("mentra.links.secret must hold at least 256 bits (32 bytes), it has "
          + key.length * 8);
    }
    return key;
  }
}
