package org.mentra.sessions.pairing.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonBlockRepository extends JpaRepository<PersonBlock, PersonBlock.Key> {

  /** Every block between someone of the first group and someone of the second, in either direction. */
  @Query("""
      select b from PersonBlock b
      where (b.key.personId in :some and b.key.blockedPersonId in :others)
         or (b.key.personId in :others and b.key.blockedPersonId in :some)""")
  List<PersonBlock> findBetween(Collection<UUID> some, Collection<UUID> others);
}
