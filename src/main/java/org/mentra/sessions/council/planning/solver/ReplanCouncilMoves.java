package org.mentra.sessions.council.planning.solver;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveListFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;
import org.mentra.sessions.council.planning.domain.Slot;
import org.mentra.sessions.council.planning.domain.SlotAnswer;

/**
 * For every council that is not confirmed and every one of its slots: the move to that slot with
 * the mentors who can make it, at most the council's maximum (the lead first, then sure answers,
 * then tentative ones). The other moves fine-tune from there.
 */
public class ReplanCouncilMoves implements MoveListFactory<CouncilSchedule> {

  @Override
  public List<ReplanCouncilMove> createMoveList(CouncilSchedule schedule) {
    Map<CouncilPlan, List<MentorSeat>> seats = schedule.getSeats().stream()
        .filter(seat -> !seat.isPinned())
        .collect(Collectors.groupingBy(MentorSeat::getCouncil));
    List<ReplanCouncilMove> moves = new ArrayList<>();
    for (CouncilPlan council : schedule.getCouncils()) {
      if (council.isPinned()) {
        continue;
      }
      List<MentorSeat> councilSeats = seats.getOrDefault(council, List.of());
      for (Slot slot : council.getSlots()) {
        List<MentorSeat> chosen = councilSeats.stream()
            .filter(seat -> seat.answerFor(slot).canAttend())
            .sorted(Comparator.comparing((MentorSeat seat) -> !seat.isLead())
                .thenComparing(seat -> seat.answerFor(slot) != SlotAnswer.AVAILABLE))
            .limit(council.getMaximum())
            .toList();
        moves.add(new ReplanCouncilMove(council, slot, councilSeats,
            councilSeats.stream().map(chosen::contains).toList()));
      }
    }
    return moves;
  }
}
