package org.mentra.sessions.safety;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.safety.blocks.PersonBlock;
import org.mentra.sessions.safety.blocks.PersonBlockRepository;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocks, the one list every module asks: a blocked person cannot register for the blocker's events and
 * does not see their private ones (events' {@code RegistrationEligibility} and {@code EventVisibility}),
 * and the two are never paired or put in one council (either direction). A person blocks for themselves;
 * staff for anyone; a moderator's "block from the host's events" decision makes one too. Nobody learns
 * from us that they were blocked: the blocked person's answers only ever say "not possible".
 */
@Service
@RetryOnConflict
public class BlockService {

  /** The longest reason a block keeps (the column's size). */
  public static final int MAX_REASON_LENGTH = 500;

  private final PersonBlockRepository blocks;
  private final PersonRepository people;
  private final Caller caller;
  private final Clock clock;

  BlockService(PersonBlockRepository blocks, PersonRepository people, Caller caller, Clock clock) {
    this.blocks = blocks;
    this.people = people;
    this.caller = caller;
    this.clock = clock;
  }

  /** A new block, or the one already there ({@link BlockOutcome#created()} false): blocking twice changes nothing. */
  public record BlockOutcome(Block block, boolean created) {}

  /**
   * The caller (the blocker themselves, or staff) blocks a person. 400 naming the field for an unknown
   * person or blocking oneself; 403 when the caller is someone else.
   */
  @Transactional
  public BlockOutcome block(UUID blockerId, UUID blockedId, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    if (blockerId == null || !people.existsById(blockerId)) {
      problems.add(new FieldProblem("blockerId", "no person with the id " + blockerId));
    }
    if (blockedId == null || !people.existsById(blockedId)) {
      problems.add(new FieldProblem("blockedId", "no person with the id " + blockedId));
    }
    if (reason != null && reason.strip().length() > MAX_REASON_LENGTH) {
      problems.add(new FieldProblem("reason", "must be at most " + MAX_REASON_LENGTH + " characters"));
    }
    if (problems.isEmpty() && blockerId.equals(blockedId)) {
      problems.add(new FieldProblem("blockedId", "is the blocker: a person cannot block themselves"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("The block cannot be recorded as it is.", problems);
    }
    ensureSelfOrStaff(blockerId, "Only the person themselves or a coordinator may block for them.");
    return keep(blockerId, blockedId, clean(reason), BlockOrigin.PERSON, null, actor());
  }

  /** A moderator's decision on a report: the host's events are closed to the person (kept if already blocked). */
  @Transactional
  public Block blockByModeration(UUID hostId, UUID personId, UUID reportId, String reason, String moderator) {
    if (hostId.equals(personId)) {
      throw InvalidInput.of("blockedId", "a person cannot block themselves");
    }
    String kept = clean(reason);
    kept = kept != null && kept.length() > MAX_REASON_LENGTH ? kept.substring(0, MAX_REASON_LENGTH) : kept;
    return keep(hostId, personId, kept, BlockOrigin.MODERATION, reportId, moderator).block();
  }

  private BlockOutcome keep(UUID blockerId, UUID blockedId, String reason, BlockOrigin origin, UUID reportId,
      String by) {
    Optional<PersonBlock> existing = blocks.findByBlockerIdAndBlockedId(blockerId, blockedId);
    if (existing.isPresent()) {
      return new BlockOutcome(view(existing.get()), false);
    }
    PersonBlock saved = blocks.save(new PersonBlock(blockerId, blockedId, reason, origin, reportId, by,
        clock.instant()));
    return new BlockOutcome(view(saved), true);
  }

  /**
   * Lifts a block: its blocker or staff (404 for anyone else: a block is nobody else's business); one a
   * moderator set only staff lift (403).
   */
  @Transactional
  public void unblock(UUID blockId) {
    PersonBlock block = blocks.findById(blockId).filter(b -> caller.isStaff() || isCaller(b.getBlockerId()))
        .orElseThrow(() -> new NotFound("Block", blockId));
    if (block.getOrigin() == BlockOrigin.MODERATION && !caller.isStaff()) {
      throw Refused.forbidden("A moderator set this block after a report; please ask a coordinator to lift it.");
    }
    blocks.delete(block);
  }

  /** An appeal overturned the moderator's block: it goes (nothing when already lifted by staff). */
  @Transactional
  public void liftModerationBlock(UUID blockId) {
    blocks.findById(blockId).filter(b -> b.getOrigin() == BlockOrigin.MODERATION).ifPresent(blocks::delete);
  }

  /** The blocks a person made (never those against them); the person themselves or staff (403 otherwise). */
  @Transactional(readOnly = true)
  public List<Block> blocksBy(UUID personId) {
    if (!people.existsById(personId)) {
      throw new NotFound("Person", personId);
    }
    ensureSelfOrStaff(personId, "Only the person themselves or a coordinator may see their blocks.");
    return blocks.findByBlockerIdOrderByCreatedAt(personId).stream().map(BlockService::view).toList();
  }

  /** Whether the blocker blocked the person. */
  @Transactional(readOnly = true)
  public boolean blocks(UUID blockerId, UUID blockedId) {
    return blocks.findByBlockerIdAndBlockedId(blockerId, blockedId).isPresent();
  }

  /** Whether either of the two blocked the other. */
  @Transactional(readOnly = true)
  public boolean between(UUID one, UUID other) {
    return blocks(one, other) || blocks(other, one);
  }

  /** Every block between someone of the first group and someone of the second, in either direction. */
  @Transactional(readOnly = true)
  public List<Block> between(Collection<UUID> some, Collection<UUID> others) {
    if (some.isEmpty() || others.isEmpty()) {
      return List.of();
    }
    return blocks.findBetween(some, others).stream().map(BlockService::view).toList();
  }

  /** Who blocked this person (for the checks that keep them away; never shown to them). */
  @Transactional(readOnly = true)
  public Set<UUID> blockersOf(UUID personId) {
    return blocks.findByBlockedId(personId).stream().map(PersonBlock::getBlockerId).collect(Collectors.toSet());
  }

  private void ensureSelfOrStaff(UUID personId, String refusal) {
    if (!caller.isStaff() && !isCaller(personId)) {
      throw Refused.forbidden(refusal);
    }
  }

  private boolean isCaller(UUID personId) {
    return caller.userId().flatMap(people::findByUserId).map(Person::getId).filter(personId::equals).isPresent();
  }

  private String actor() {
    return caller.userId().orElse("platform");
  }

  private static String clean(String reason) {
    return reason == null || reason.isBlank() ? null : reason.strip();
  }

  static Block view(PersonBlock b) {
    return new Block(b.getId(), b.getBlockerId(), b.getBlockedId(), b.getReason().orElse(null), b.getOrigin(),
        b.getCreatedAt());
  }
}
