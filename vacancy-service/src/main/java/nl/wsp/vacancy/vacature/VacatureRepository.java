package nl.wsp.vacancy.vacature;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads and saves vacancies (docs/adr/0026-one-persistence-style.md). A vacancy loaded for a change carries a row
 * lock, so the scheduler (SKIP LOCKED, {@link BreedUitzetter}) and a request never change one at once.
 */
@ApplicationScoped
public class VacatureRepository implements PanacheRepositoryBase<Vacature, UUID> {

    /** The vacancy, locked for a change; 404 when there is none (another party's vacancy is refused the same way later). */
    public Vacature vergrendel(UUID id) {
        return vergrendeld(id).orElseThrow(() -> ApiProblem.notFound("Vacature " + id));
    }

    public Optional<Vacature> vergrendeld(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The active vacancies of an employer, locked: they move with its account manager. */
    public List<Vacature> actiefVanWerkgever(UUID werkgeverId) {
        return find("werkgeverId = ?1 and status in ?2", werkgeverId, List.of(VacatureStatus.OPEN, VacatureStatus.BREED_UITGEZET))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** How many open vacancies' own-caseload window closed at or before {@code moment}. */
    public long openMetTermijnVerstreken(Instant moment) {
        return count("status = ?1 and eigenBestandTot <= ?2", VacatureStatus.OPEN, moment);
    }

    /** The status history of a vacancy, oldest first. */
    public List<VacatureOvergang> overgangen(UUID id) {
        return getEntityManager().createQuery(
                        "select o from VacatureOvergang o where o.vacatureId = :id order by o.volgnummer", VacatureOvergang.class)
                .setParameter("id", id).getResultList();
    }

    /** Per region and status, how many vacancies: the dashboards' counts. */
    public List<Object[]> aantallenPerRegioEnStatus() {
        return getEntityManager().createQuery(
                        "select v.regio, v.status, count(v) from Vacature v group by v.regio, v.status order by v.regio, v.status",
                        Object[].class)
                .getResultList();
    }
}
