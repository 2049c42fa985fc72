package org.mentra.sessions.council;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.shared.TimeRange;

/**
 * What the system suggests to a coordinator when automation could not settle a council: the
 * proposed slots with who can make them (the closest to a quorum first), the mentors' own proposals
 * and which other mentors' proposals overlap them, and who has not answered.
 */
public final class CouncilSuggestions {

  private CouncilSuggestions() {}

  /** One suggestion: what could be done, and the facts behind it. */
  public record Suggestion(String suggestion, String detail) {}

  /**
   * @param names each mentor's display name by id
   * @param time how times are written for the coordinator
   */
  public static List<Suggestion> of(CouncilSession council, Map<UUID, String> names, DateTimeFormatter time) {
    List<CouncilMentor> mentors = council.activeMentors();
    List<Suggestion> suggestions = new ArrayList<>(proposedSlots(council, mentors, names, time));
    suggestions.addAll(mentorProposals(mentors, names, time));
    List<String> silent = mentors.stream().filter(m -> !m.hasAnswered()).map(m -> names.get(m.getMentorId())).toList();
    if (!silent.isEmpty()) {
      suggestions.add(new Suggestion("Extend the deadline for those who did not answer",
          String.join(", ", silent) + (silent.size() == 1 ? " has" : " have") + " not answered."));
    }
    int missing = council.getMentorMinimum() - mentors.size();
    if (missing > 0) {
      suggestions.add(new Suggestion("Replace mentors", "The council has " + mentors.size() + " mentors; it needs at least "
          + council.getMentorMinimum() + ". Replacing one lets the system ask new mentors for the free places."));
    }
    return suggestions;
  }

  private static List<Suggestion> proposedSlots(CouncilSession council, List<CouncilMentor> mentors,
      Map<UUID, String> names, DateTimeFormatter time) {
    record SlotCount(TimeRange slot, List<String> yes, List<String> maybe) {
      int total() {
        return yes.size() + maybe.size();
      }
    }
    List<SlotCount> counts = council.getProposedSlots().stream().map(slot -> new SlotCount(slot,
        namesWith(mentors, slot, Availability.AVAILABLE, names), namesWith(mentors, slot, Availability.TENTATIVE, names)))
        .sorted(Comparator.comparingInt(SlotCount::total).reversed().thenComparing(c -> c.slot().start()))
        .toList();
    boolean answersToCome = mentors.stream().anyMatch(m -> m.getResponse() == MentorResponse.PENDING);
    List<Suggestion> suggestions = new ArrayList<>();
    for (SlotCount count : counts) {
      String verdict = whoCanCome(count.yes().size(), count.maybe().size(), council.getMentorMinimum(), answersToCome);
      String detail = count.total() == 0 ? "No mentor said yes or maybe to this hour."
          : (count.yes().isEmpty() ? "" : "Can come: " + String.join(", ", count.yes()) + ".")
              + (count.yes().isEmpty() || count.maybe().isEmpty() ? "" : " ")
              + (count.maybe().isEmpty() ? "" : "Maybe: " + String.join(", ", count.maybe()) + ".");
      suggestions.add(new Suggestion("Proposed " + time.format(count.slot().start()) + " (" + verdict + ")", detail));
    }
    return suggestions;
  }

  /**
   * How far an hour is from a council, maybes counted (the time selection counts them too):
   * "nobody can make it yet; 3 needed", "2 of 3 needed can come, 1 of them maybe", "enough: 4 can come, 3 needed".
   *
   * @param answersToCome whether some mentors may still answer
   */
  static String whoCanCome(int sure, int maybe, int needed, boolean answersToCome) {
    int total = sure + maybe;
    if (total == 0) {
      return "nobody can make it" + (answersToCome ? " yet" : "") + "; " + needed + " needed";
    }
    String maybes = maybe == 0 || sure == 0 ? "" : ", " + maybe + " of them maybe";
    String come = sure == 0 ? " might come" : " can come";
    return total >= needed ? "enough: " + total + come + ", " + needed + " needed" + maybes
        : total + " of " + needed + " needed" + come + maybes;
  }

  private static List<String> namesWith(List<CouncilMentor> mentors, TimeRange slot, Availability answer,
      Map<UUID, String> names) {
    return mentors.stream().filter(m -> m.answerFor(slot.start()).orElse(null) == answer)
        .map(m -> names.get(m.getMentorId())).toList();
  }

  /** Each mentor's proposal, with the other mentors whose proposals overlap it: a time several can make. */
  private static List<Suggestion> mentorProposals(List<CouncilMentor> mentors, Map<UUID, String> names,
      DateTimeFormatter time) {
    record Proposal(CouncilMentor mentor, TimeRange slot) {}
    List<Proposal> proposals = mentors.stream()
        .flatMap(m -> m.getAlternatives().stream().map(slot -> new Proposal(m, slot)))
        .toList();
    record Scored(Proposal proposal, Set<String> fits) {}
    return proposals.stream()
        .map(p -> new Scored(p, proposals.stream()
            .filter(other -> other.mentor() != p.mentor() && other.slot().overlaps(p.slot()))
            .map(other -> names.get(other.mentor().getMentorId()))
            .collect(Collectors.toCollection(LinkedHashSet::new))))
        .sorted(Comparator.comparingInt((Scored s) -> s.fits().size()).reversed()
            .thenComparing(s -> s.proposal().slot().start()))
        .map(s -> new Suggestion("Proposed by " + names.get(s.proposal().mentor().getMentorId()) + ": "
            + time.format(s.proposal().slot().start()),
            s.fits().isEmpty() ? "no other mentor proposed an overlapping time"
                : "overlaps proposals of " + String.join(", ", s.fits())))
        .toList();
  }
}
