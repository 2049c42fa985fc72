package org.mentra.sessions.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A new person as the platform sends it.
 *
 * @param selfRegistered true for a person who signed up themselves: they confirm their email address by a
 *     mailed link before a first registration. Staff-entered people (the default) count as verified.
 */
public record PersonRequest(
    @NotBlank @Size(max = 200) String displayName,
    @NotBlank @Email @Size(max = 320) String email,
    @NotBlank @IanaTimeZone String timezone,
    @NotEmpty Set<@NotNull Role> roles,
    Plan plan,
    @Size(max = 30) List<@NotBlank @Size(max = 60) String> topics,
    @Size(max = 20) List<@NotBlank @Size(max = 20) String> languages,
    @Size(max = 30) List<@NotBlank @Size(max = 60) String> expertise,
    @Min(1) @Max(5) Integer seniority,
    @Size(max = 100) String userId,
    @Schema(description = "true for a person who signed up themselves: they confirm their email address by a "
        + "mailed link before a first registration (staff-entered people count as verified)")
    Boolean selfRegistered) {

  /** The canonical constructor is the one JSON binds (the shorter one is for code). */
  @JsonCreator
  public PersonRequest {}

  /** A staff-entered person. */
  public PersonRequest(String displayName, String email, String timezone, Set<Role> roles, Plan plan,
      List<String> topics, List<String> languages, List<String> expertise, Integer seniority, String userId) {
    this(displayName, email, timezone, roles, plan, topics, languages, expertise, seniority, userId, null);
  }
}
