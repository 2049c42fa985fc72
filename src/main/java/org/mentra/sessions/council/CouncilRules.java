package org.mentra.sessions.council;

import org.mentra.sessions.shared.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.shared.TimeRange;

/**
 * The rules a council request must keep, as field problems a caller can fix: the proposed slots
 * (count, length, after the response deadline plus the notice period, no overlaps) and the
 * mentors (distinct mentors, not paused, not the mentee, no more than the maximum, the lead among
 * them). Plain code, so it is tested without Spring and shared by the API and Tasklist paths.
 */
public final class CouncilRules {

  static final int MIN_SLOTS = 3;
  static final int MAX_SLOTS = 5;
  static final int MIN_MENTORS = 3;
  static final int MAX_MENTORS = 5;
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private CouncilRules() {}

  /** Everything wrong with the request; empty when it may be registered. */
  static List<FieldProblem> check(CouncilRequest request, Person mentee, Map<UUID, Person> mentors, Instant now,
      CouncilProperties properties) {
    List<FieldProblem> problems = new ArrayList<>();
    if (mentee == null) {
      problems.add(new FieldProblem("menteeId", "no person with id " + request.menteeId()));
    }
    if (request.topic() == null || request.topic().isBlank()) {
      problems.add(new FieldProblem("topic", "must not be blank"));
    }
    problems.addAll(slotProblems(request.proposedSlots(), "proposedSlots",
        earliestStart(now, properties), latestStart(now, properties), properties.sessionLength()));
    problems.addAll(mentorCountProblems(request.mentorMinimum(), request.mentorMaximum()));
    problems.addAll(mentorProblems(request, mentors, now));
    return problems;
  }

  /** A slot may start once mentors have answered and the council has had its notice period. */
  static Instant earliestStart(Instant now, CouncilProperties properties) {
    return now.plus(properties.responseDeadline()).plus(properties.noticePeriod());
  }

  /** A slot or a mentor's proposal starts within the scheduling horizon. */
  static Instant latestStart(Instant now, CouncilProperties properties) {
    return now.plus(properties.schedulingHorizon());
  }

  /**
   * Problems of 3–5 proposed slots, each exactly one session long, none earlier or later than allowed,
   * none overlapping.
   */
  static List<FieldProblem> slotProblems(List<TimeRange> slots, String field, Instant earliestStart, Instant latestStart,
      Duration length) {
    List<FieldProblem> problems = new ArrayList<>();
    if (slots.size() < MIN_SLOTS || slots.size() > MAX_SLOTS) {
      problems.add(new FieldProblem(field, "give between " + MIN_SLOTS + " and " + MAX_SLOTS
          + " slots; there are " + slots.size()));
    }
    for (int i = 0; i < slots.size(); i++) {
      TimeRange slot = slots.get(i);
      String name = field + "[" + i + "]";
      lengthProblem(name, slot, length).ifPresent(problems::add);
      if (slot.start().isBefore(earliestStart)) {
        problems.add(new FieldProblem(name + ".start", "must be " + format(earliestStart)
            + " or later: mentors need time to answer, and the council needs notice after that"));
      } else if (slot.start().isAfter(latestStart)) {
        problems.add(new FieldProblem(name + ".start", tooFarAhead(latestStart)));
      }
      for (int j = 0; j < i; j++) {
        if (slot.overlaps(slots.get(j))) {
          problems.add(new FieldProblem(name, "overlaps " + field + "[" + j + "]"));
        }
      }
    }
    return problems;
  }

  /** A slot or a mentor's proposal that is not exactly one session long. */
  static Optional<FieldProblem> lengthProblem(String name, TimeRange slot, Duration length) {
    return slot.length().equals(length) ? Optional.empty()
        : Optional.of(new FieldProblem(name + ".end", "must be exactly " + DurationWords.exactly(length)
            + " after the start, as every council lasts " + DurationWords.exactly(length)));
  }

  static List<FieldProblem> mentorCountProblems(int minimum, int maximum) {
    List<FieldProblem> problems = new ArrayList<>();
    if (minimum < MIN_MENTORS || minimum > MAX_MENTORS) {
      problems.add(new FieldProblem("mentorMinimum", "must be between " + MIN_MENTORS + " and " + MAX_MENTORS));
    }
    if (maximum < MIN_MENTORS || maximum > MAX_MENTORS) {
      problems.add(new FieldProblem("mentorMaximum", "must be between " + MIN_MENTORS + " and " + MAX_MENTORS));
    }
    if (minimum > maximum) {
      problems.add(new FieldProblem("mentorMaximum", "must not be less than mentorMinimum (" + minimum + ")"));
    }
    return problems;
  }

  private static List<FieldProblem> mentorProblems(CouncilRequest request, Map<UUID, Person> mentors, Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    List<UUID> ids = request.mentorIds();
    if (ids.size() > request.mentorMaximum()) {
      problems.add(new FieldProblem("mentorIds", "lists " + ids.size() + " mentors, more than mentorMaximum ("
          + request.mentorMaximum() + ")"));
    }
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      UUID id = ids.get(i);
      String name = "mentorIds[" + i + "]";
      Person mentor = mentors.get(id);
      if (!seen.add(id)) {
        problems.add(new FieldProblem(name, "lists the same mentor twice"));
      } else if (mentor == null) {
        problems.add(new FieldProblem(name, "no person with id " + id));
      } else if (id.equals(request.menteeId())) {
        problems.add(new FieldProblem(name, "is the mentee; a council needs other people as mentors"));
      } else if (!mentor.hasRole(Role.MENTOR)) {
        problems.add(new FieldProblem(name, who(mentor) + " is not a mentor"));
      } else if (mentor.isPausedAt(now)) {
        problems.add(new FieldProblem(name, who(mentor) + " is paused until "
            + format(mentor.getPausedUntil().orElseThrow()) + " and cannot be asked"));
      }
    }
    if (request.leadMentorId() != null && !ids.contains(request.leadMentorId())) {
      problems.add(new FieldProblem("leadMentorId", "must be one of the picked mentors"));
    }
    return problems;
  }

  static String tooFarAhead(Instant latestStart) {
    return "must be " + format(latestStart) + " or earlier: councils are planned at most that far ahead";
  }

  static String who(Person person) {
    return person.getDisplayName() + " (" + person.getEmail() + ")";
  }

  static String format(Instant instant) {
    return UTC.format(instant);
  }
}
