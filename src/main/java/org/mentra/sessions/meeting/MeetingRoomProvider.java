package org.mentra.sessions.meeting;

/**
 * Creates the video room for a session. The default makes unguessable room URLs on a configurable
 * base (Jitsi style); a bean of this type replaces it with a real provider (Zoom, Whereby, …).
 */
public interface MeetingRoomProvider {

  /**
   * @param sessionKey our stable id of the session, e.g. {@code council-<uuid>}
   * @param title what participants see as the room's name, where the provider shows one
   */
  MeetingRoom createRoom(String sessionKey, String title);
}
