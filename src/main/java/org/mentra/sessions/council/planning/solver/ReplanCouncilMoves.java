package org.mentra.sessions.council.planning.solver;

import org.mentra.sessions.shared.TimeRange;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveListFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;
import org.mentra.sessions.council.planning.domain.SlotAnswer;

/**
 * For every council that is not confirmed and every one of its slots: the move to that slot with
 * the mentors who can make it, at most the council's maximum (the lead first, then sure answers,
 * then tentative ones). The other moves fine-tune from there.
 *
 * <p>Why this uses Timefold's {@code impl} packages: a custom move can only be plugged in through
 * {@code MoveListFactory} and the {@code Move} family there (Timefold's documented way to write
 * custom moves). No public selector config builds this move (a cartesian product cannot tie the seat
 * changes to the council whose slot changes), and without it the search stays at the first slot
 * (see {@link ReplanCouncilMove}; {@code CouncilSolverTest} fails). The public successor, the
 * Neighborhoods API, is a preview in 1.32: it needs a preview flag, says it does not support tabu
 * search yet, and its moves are built from pairs, so each council would have to know its seats.
 * Move to it once it leaves preview.
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
      for (TimeRange slot : council.getSlots()) {
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
