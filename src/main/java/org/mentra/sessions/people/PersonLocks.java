package org.mentra.sessions.people;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises what is recorded about one person: attendance, strikes and pauses of the same person
 * happen one after the other (the row lock lasts until the transaction ends), so two reports of
 * the same no-show racing each other open one case, not two.
 */
@Component
public class PersonLocks {

  @PersistenceContext
  private EntityManager entityManager;

  /** Locks the person's row; fails when there is no such person. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lock(UUID personId) {
    // A plain row lock without joins: portable (PostgreSQL, H2) and untouched by the entity's eager collections.
    var rows = entityManager.createNativeQuery("select id from person where id = :id for update")
        .setParameter("id", personId).getResultList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("No person " + personId);
    }
  }
}
