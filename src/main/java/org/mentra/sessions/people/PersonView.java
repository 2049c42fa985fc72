package org.mentra.sessions.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A person as the API shows it. */
public record PersonView(
    UUID id,
    String userId,
    String displayName,
    String email,
    String timezone,
    Set<Role> roles,
    Plan plan,
    List<String> topics,
    List<String> languages,
    List<String> expertise,
    int seniority,
    double reliability,
    Instant pausedUntil) {

  public static PersonView of(Person p) {
    return new PersonView(p.getId(), p.getUserId().orElse(null), p.getDisplayName(), p.getEmail(),
        p.getTimeZone(), p.getRoles(), p.getPlan(), p.getTopics(), p.getLanguages(), p.getExpertise(),
        p.getSeniority(), p.getReliability(), p.getPausedUntil().orElse(null));
  }
}
