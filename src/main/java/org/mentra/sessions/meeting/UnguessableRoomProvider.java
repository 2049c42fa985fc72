package org.mentra.sessions.meeting;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Rooms on a Jitsi-style server, where a room exists as soon as someone opens its URL: the name's
 * 128 random bits are what keeps strangers out.
 */
public class UnguessableRoomProvider implements MeetingRoomProvider {

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final String baseUrl;
  private final String prefix;
  private final SecureRandom random = new SecureRandom();

  public UnguessableRoomProvider(MeetingProperties properties) {
    this.baseUrl = properties.baseUrl().endsWith("/") ? properties.baseUrl() : properties.baseUrl() + "/";
    this.prefix = properties.roomPrefix() == null ? "" : properties.roomPrefix().toLowerCase(Locale.ROOT);
  }

  @Override
  public MeetingRoom createRoom(String sessionKey, String title) {
    return new MeetingRoom(baseUrl + prefix + randomName());
  }

  /** 26 base-32 characters: 130 random bits. */
  private String randomName() {
    byte[] bytes = new byte[17];
    random.nextBytes(bytes);
    StringBuilder name = new StringBuilder(26);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5 && name.length() < 26) {
        name.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    return name.toString();
  }
}
