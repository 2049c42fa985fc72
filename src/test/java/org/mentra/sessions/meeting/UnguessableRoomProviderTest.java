package org.mentra.sessions.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnguessableRoomProviderTest {

  private final UnguessableRoomProvider rooms =
      new UnguessableRoomProvider(new MeetingProperties("https://meet.example.org", "Mentra-"));

  @Test
  void makesRoomsOnTheConfiguredBaseWithOneHundredThirtyRandomBits() {
    String url = rooms.createRoom("council-1", "Council").url();

    assertThat(url).matches("https://meet\\.example\\.org/mentra-[a-z2-7]{26}");
  }

  @Test
  void neverMakesTheSameRoomTwiceEvenForTheSameSession() {
    Set<String> urls = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      urls.add(rooms.createRoom("council-1", "Council").url());
    }
    assertThat(urls).hasSize(1000);
  }
}
