package org.mentra.sessions.people;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, UUID> {

  /** The person, or the domain's "not found" (a 404 on the API, an incident in a job: never a null). */
  default Person getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Person", id));
  }

  /**
   * Locks these people's rows until the transaction ends, in id order (so two callers never
   * deadlock): for decisions that must see each other, such as two councils choosing a time with a
   * shared mentor.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Person p where p.id in :ids order by p.id")
  List<Person> lockInOrder(Collection<UUID> ids);

  /** Written out, as every query on a request's path (see {@link #findByUserId}); upper() as Spring Data's IgnoreCase. */
  @Query("select p from Person p where upper(p.email) = upper(:email)")
  Optional<Person> findByEmailIgnoreCase(String email);

  /**
   * Asked on nearly every API request (who is calling). A written query, not one derived from the name:
   * Spring Data builds a derived query anew on each call under a lock per method, and under load the
   * request threads queued on that lock (a JFR profile of {@code GET /api/v1/councils/{id}}).
   */
  @Query("select p from Person p where p.userId = :userId")
  Optional<Person> findByUserId(String userId);

  @Query("select p from Person p join p.roles r where r = :role order by p.displayName")
  List<Person> findByRole(Role role);

  @Query(value = "select p from Person p join p.roles r where r = :role",
      countQuery = "select count(p) from Person p join p.roles r where r = :role")
  Page<Person> findByRole(Role role, Pageable pageable);
}
