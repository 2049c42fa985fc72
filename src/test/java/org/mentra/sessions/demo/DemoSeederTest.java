package org.mentra.sessions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Demo data never take the application down: a part that fails is logged and the others are seeded. */
@ExtendWith(OutputCaptureExtension.class)
class DemoSeederTest {

  private final List<Object> published = new ArrayList<>();
  private final List<String> seeded = new ArrayList<>();

  @Test
  void aFailingPartIsLoggedAndThePartsAfterItAreStillSeeded(CapturedOutput output) {
    DemoSeeder seeder = new DemoSeeder(null, published::add);

    seeder.seed(List.of(part("the community"), failing("the paired support events"), part("yesterday's attendance")));

    assertThat(seeded).containsExactly("the community", "yesterday's attendance");
    assertThat(output).contains("Demo data: the paired support events could not be seeded; the application goes on",
        "IllegalStateException: The event is already over", "1 of 3 parts failed", "rm -rf data");
  }

  @Test
  void readinessRefusesTrafficWhileThePartsAreSeeded() {
    DemoSeeder seeder = new DemoSeeder(null, published::add);
    List<Object> seenWhileSeeding = new ArrayList<>();

    seeder.seed(List.of(part("a part", () -> seenWhileSeeding.addAll(published))));

    assertThat(seenWhileSeeding).singleElement().satisfies(event ->
        assertThat(((AvailabilityChangeEvent<?>) event).getState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC));
  }

  private DemoPart part(String description) {
    return part(description, () -> seeded.add(description));
  }

  private static DemoPart failing(String description) {
    return part(description, () -> {
      throw new IllegalStateException("The event is already over");
    });
  }

  private static DemoPart part(String description, Runnable seeding) {
    return new DemoPart() {
      @Override
      public String description() {
        return description;
      }

      @Override
      public void seed() {
        seeding.run();
      }
    };
  }
}
