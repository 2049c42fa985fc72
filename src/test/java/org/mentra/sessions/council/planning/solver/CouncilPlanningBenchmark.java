package org.mentra.sessions.council.planning.solver;

import java.time.Duration;
import org.mentra.sessions.council.CouncilProperties;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;

/**
 * Solves 200 councils over 300 mentors, five proposed slots each (seven candidate mentors per
 * council, 20 confirmed councils as fixed facts, slots over two weeks), with the limits the
 * application uses, and prints the solve time and the score. Not a test: run it with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.mentra.sessions.council.planning.solver.CouncilPlanningBenchmark}.
 */
public final class CouncilPlanningBenchmark {

  private CouncilPlanningBenchmark() {}

  public static void main(String[] args) {
    CouncilProperties.Solver limits = CouncilProperties.defaults().solver();
    CouncilSolver solver = new CouncilSolver(limits.stepLimit(), limits.unimprovedStepLimit(),
        args.length > 0 ? Duration.parse(args[0]) : limits.timeCap());
    CouncilSchedule problem = RandomCouncils.generate(42, 200, 300, 5, 7, 14, 20);
    System.out.printf("Problem: %d councils (%d confirmed), %d mentors, %d seats%n", problem.getCouncils().size(),
        problem.getCouncils().stream().filter(c -> c.isPinned()).count(), problem.getMentors().size(),
        problem.getSeats().size());

    long start = System.nanoTime();
    CouncilSchedule solved = solver.solve(problem);
    long millis = (System.nanoTime() - start) / 1_000_000;

    long seated = solved.getSeats().stream().filter(s -> !s.isPinned()).filter(MentorSeat::isPresent).count();
    System.out.printf("Solved in %d ms: hard %d / medium %d / soft %d (%d mentors seated)%n", millis,
        solved.getScore().hardScore(), solved.getScore().mediumScore(), solved.getScore().softScore(), seated);
  }
}
