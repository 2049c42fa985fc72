package org.mentra.sessions.pairing.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * What a patient asks for at sign-up, beyond their profile: topics they want to talk about, a language
 * they would rather speak, whether they would like an experienced counselor.
 */
public record RegistrationPreferences(
    @Size(max = 10) List<@NotBlank @Size(max = 60) String> topics,
    @Size(max = 20) String language,
    Boolean experiencedCounselor) {

  public static final RegistrationPreferences NONE = new RegistrationPreferences(List.of(), null, false);

  public RegistrationPreferences {
    topics = topics == null ? List.of()
        : topics.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).distinct()
            .toList();
    language = language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT);
    experiencedCounselor = Boolean.TRUE.equals(experiencedCounselor);
  }

  public boolean wantsExperience() {
    return experiencedCounselor;
  }
}
