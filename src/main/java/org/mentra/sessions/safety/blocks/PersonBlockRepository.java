package org.mentra.sessions.safety.blocks;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Asked on the path of registrations and block requests: written queries, since Spring Data builds a derived
 * query anew on each call under a lock per method (see PersonRepository.findByUserId).
 */
public interface PersonBlockRepository extends JpaRepository<PersonBlock, UUID> {

  default PersonBlock getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Block", id));
  }

  @Query("select b from PersonBlock b where b.blockerId = :blockerId and b.blockedId = :blockedId")
  Optional<PersonBlock> findByBlockerIdAndBlockedId(UUID blockerId, UUID blockedId);

  @Query("select b from PersonBlock b where b.blockerId = :blockerId order by b.createdAt")
  List<PersonBlock> findByBlockerIdOrderByCreatedAt(UUID blockerId);

  @Query("select b from PersonBlock b where b.blockedId = :blockedId")
  List<PersonBlock> findByBlockedId(UUID blockedId);

  /** Every block between someone of the first group and someone of the second, in either direction. */
  @Query("""
      select b from PersonBlock b
      where (b.blockerId in :some and b.blockedId in :others)
         or (b.blockerId in :others and b.blockedId in :some)""")
  List<PersonBlock> findBetween(Collection<UUID> some, Collection<UUID> others);
}
