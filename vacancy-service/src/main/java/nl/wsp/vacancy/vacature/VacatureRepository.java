package nl.wsp.vacancy.vacature;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import nl.wsp.platform.problem.ApiProblem;

import java.util.UUID;

/** Loading vacancies for a change: a row lock, so the scheduler (SKIP LOCKED) and a request never change one at once. */
final class VacatureRepository {

    private VacatureRepository() {
    }

    static Vacature vergrendel(EntityManager em, UUID id) {
        Vacature vacature = em.find(Vacature.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (vacature == null) {
            throw ApiProblem.notFound("Vacature " + id);
        }
        return vacature;
    }
}
