package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading what the coordinator's form submits, in the shapes Tasklist sends. */
class CoordinatorDecisionTest {

  private final UUID first = UUID.randomUUID();
  private final UUID second = UUID.randomUUID();

  @Test
  void readsAConfirmationWithTheChecklistAsJson() {
    Map<String, Object> form = new HashMap<>();
    form.put("decision", "confirm");
    form.put("chosenSlot", "2026-05-14T15:00:00Z");
    form.put("chosenMentorIds", "[\"" + first + "\", \"" + second + "\"]");
    form.put("coordinatorNote", "  Called both mentors ");

    CoordinatorDecision decision = CoordinatorDecision.of(form);

    assertThat(decision.choice()).isEqualTo(CoordinatorChoice.CONFIRM);
    assertThat(decision.chosenSlotStart()).isEqualTo(Instant.parse("2026-05-14T15:00:00Z"));
    assertThat(decision.chosenMentorIds()).containsExactly(first, second);
    assertThat(decision.note()).isEqualTo("Called both mentors");
    assertThat(decision.choice().next()).isEqualTo(NextStep.CONFIRM);
  }

  @Test
  void readsNewSlotsWithTheBrowsersOffsetAndNumbersOfAnyKind() {
    Map<String, Object> form = new HashMap<>();
    form.put("decision", "new-slots");
    form.put("newSlot1", "2026-05-19T10:00+01:00");
    form.put("newSlot2", Date.from(Instant.parse("2026-05-20T09:00:00Z")));
    form.put("newSlot4", "2026-05-22T10:00Z");
    form.put("extensionHours", 24.0);

    CoordinatorDecision decision = CoordinatorDecision.of(form);

    assertThat(decision.newSlotStarts()).containsExactly(Instant.parse("2026-05-19T09:00:00Z"),
        Instant.parse("2026-05-20T09:00:00Z"), Instant.parse("2026-05-22T10:00:00Z"));
    assertThat(decision.extensionHours()).isEqualTo(24);
    assertThat(decision.choice().next()).isEqualTo(NextStep.COLLECT_AGAIN);
  }

  @Test
  void aMissingChoiceOrAnUnreadableValueIsRefusedInWords() {
    assertThatThrownBy(() -> CoordinatorDecision.of(Map.of())).isInstanceOf(DecisionRejected.class)
        .hasMessage("Choose what should happen with the council.");
    assertThatThrownBy(() -> CoordinatorDecision.of(Map.of("decision", "confirm", "newSlot1", "next Tuesday")))
        .isInstanceOf(DecisionRejected.class).hasMessageContaining("newSlot1");
    assertThat(CoordinatorDecision.formFields()).contains("decision", "newSlot5", "coordinatorNote");
    assertThat(FormValues.strings(Map.of("ids", List.of(first)), "ids")).containsExactly(first.toString());
  }
}
