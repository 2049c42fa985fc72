package org.mentra.sessions.calendar.feed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mentra.sessions.calendar.CalendarProperties;
import org.springframework.stereotype.Component;

/**
 * The calendar module's secrets, all from one key ({@code mentra.calendar.feed-key}, 256 bits): a
 * sub-key per use, so the key that seals URLs never signs anything. Busy-calendar URLs are sealed with
 * AES-256-GCM, bound to their person (the person id is the associated data: a sealed URL copied to
 * another person's row does not open). Feed tokens are HMAC-SHA256 of a random salt and the person, so
 * the database holds neither the token nor anything it can be computed from without the key.
 *
 * <p>Without a usable key the application does not start (as without {@code mentra.links.secret}): a
 * server that cannot seal what people give it must not take it.
 */
@Component
public class FeedSecrets {

  private static final String SEALED_PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec sealingKey;
  private final SecretKeySpec tokenKey;
  private final SecureRandom random = new SecureRandom();

  FeedSecrets(CalendarProperties properties) {
    byte[] key = decodeKey(properties.feedKey());
    this.sealingKey = new SecretKeySpec(derive(key, "busy-calendar-url"), "AES");
    this.tokenKey = new SecretKeySpec(derive(key, "calendar-feed-token"), "HmacSHA256");
    Arrays.fill(key, (byte) 0);
  }

  /** A new random salt for a feed token (128 bits). */
  public String newSalt() {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return B64URL.encodeToString(salt);
  }

  /** The feed token of the person under the salt: 256 bits, URL-safe (43 characters). */
  public String token(String salt, UUID personId) {
    return B64URL.encodeToString(hmac(tokenKey, salt + "|" + personId));
  }

  /** How a token is looked up: SHA-256, hex. A token is random enough that a fast hash is all it needs. */
  public static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The text sealed for the person: {@code v1:} and base64 of IV and ciphertext with its tag. */
  public String seal(UUID personId, String plaintext) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(associatedData(personId));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return SEALED_PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
          .put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The text sealed for the person.
   *
   * @throws Unreadable when it was sealed under another key, for another person, or changed
   */
  public String open(UUID personId, String sealed) {
    if (sealed == null || !sealed.startsWith(SEALED_PREFIX)) {
      throw new Unreadable();
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed.substring(SEALED_PREFIX.length()));
      if (bytes.length <= IV_BYTES) {
        throw new Unreadable();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      cipher.updateAAD(associatedData(personId));
      return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException | IllegalArgumentException e) {
      throw new Unreadable();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** A sealed value that does not open: the key changed, or the value is not ours. Says nothing more. */
  public static final class Unreadable extends RuntimeException {
    Unreadable() {
      super("The sealed value does not open with mentra.calendar.feed-key", null, false, false);
    }
  }

  private static byte[] associatedData(UUID personId) {
    return ("busy-calendar|" + personId).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] derive(byte[] key, String purpose) {
    return hmac(new SecretKeySpec(key, "HmacSHA256"), "mentra.calendar." + purpose);
  }

  private static byte[] hmac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  static byte[] decodeKey(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException("mentra.calendar.feed-key (MENTRA_CALENDAR_FEED_KEY) is required: base64 of 32 "
          + "random bytes, e.g. from `openssl rand -base64 32`. It seals the calendar feed URLs people give us and "
          + "makes their private feed addresses. Only the demo profile has a built-in one.");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("mentra.calendar.feed-key must be base64 (of 32 random bytes)", e);
    }
    if (key.length != 32) {
      throw new IllegalStateException("mentra.calendar.feed-key must be 32 bytes (256 bits) in base64, it has "
          + key.length + " bytes");
    }
    return key;
  }
}
