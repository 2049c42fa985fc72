package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.FieldProblem;

/**
 * A refused Tasklist form in the form's own words (its labels, each problem said once), and what the
 * browser can check before anything is sent.
 */
class FormWordsTest {

  private static final String TOO_SOON = "must be Fri 8 May 2026, 08:00 UTC or later: mentors need time to answer";

  @Test
  void theSameProblemOnSeveralSlotsIsOneSentenceWithTheFormsSlotNumbers() {
    // The coordinator left slot 2 empty: the request's slots 0, 1, 2 are the form's slots 1, 3, 4.
    CouncilStartForm form = CouncilStartForm.of(Map.of("slot1", "2026-05-05T09:00Z", "slot3", "2026-05-05T11:00Z",
        "slot4", "2026-05-05T13:00Z"));

    String refusal = form.refusal(new InvalidInput("The council request cannot be registered as it is.", List.of(
        new FieldProblem("proposedSlots[0].start", TOO_SOON), new FieldProblem("proposedSlots[1].start", TOO_SOON),
        new FieldProblem("proposedSlots[2].start", TOO_SOON), new FieldProblem("topic", "must not be blank"),
        new FieldProblem("proposedSlots[2]", "overlaps proposedSlots[1]"),
        new FieldProblem("mentorMaximum", "must not be less than mentorMinimum (4)"),
        new FieldProblem("mentorEmails", "nobody with the email x@example.com is registered"))));

    assertThat(refusal).isEqualTo("Slots 1, 3 and 4 " + TOO_SOON + ". Topic must not be blank. "
        + "Slot 4 overlaps slot 3. Most mentors must not be less than the fewest mentors (4). "
        + "Mentors the mentee picked: nobody with the email x@example.com is registered.");
  }

  @Test
  void severalSlotsTakeThePluralAndARefusalWithoutFieldsIsItsDetail() {
    assertThat(FormWords.sentences(List.of(new FieldProblem("s1", "overlaps slot 5"),
            new FieldProblem("s2", "overlaps slot 5"), new FieldProblem("s3", "is too short")),
        field -> FormWords.Label.numbered("New slot", field.charAt(1) - '0'), m -> m))
        .isEqualTo("New slots 1 and 2 overlap slot 5. New slot 3 is too short.");

    CouncilStartForm form = new CouncilStartForm(null, null, "", "", List.<Instant>of(), List.of(), List.of(), null,
        null, null);
    assertThat(form.refusal(new Conflict("Jordan's sign-ups are paused."))).isEqualTo(
        "Jordan's sign-ups are paused.");
  }

  @Test
  void theFormsCheckInTheBrowserWhatTheBrowserCan() throws Exception {
    for (String form : List.of("forms/request-council.form", "forms/resolve-council.form")) {
      JsonNode components = new ObjectMapper().readTree(Files.readString(Path.of(form))).path("components");
      for (JsonNode field : components) {
        String key = field.path("key").asText();
        if (field.path("type").asText().equals("datetime")) {
          assertThat(field.path("disallowPassedDates").asBoolean()).as(form + " " + key).isTrue();
        }
        if (key.endsWith("Email")) {
          assertThat(field.path("validate").path("validationType").asText()).as(form + " " + key).isEqualTo("email");
        }
        if (field.path("type").asText().equals("number")) {
          assertThat(field.path("validate").has("min") && field.path("validate").has("max")).as(form + " " + key)
              .isTrue();
        }
      }
    }
  }
}
