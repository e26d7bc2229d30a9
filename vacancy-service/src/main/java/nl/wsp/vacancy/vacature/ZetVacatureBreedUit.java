package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** The account manager broadcasts before the own-caseload window closes. The scheduler then finds nothing to do. */
@ApplicationScoped
public class ZetVacatureBreedUit {

    private final EntityManager em;
    private final VacatureToegang toegang;
    private final VacatureEvents events;
    private final Clock clock;

    ZetVacatureBreedUit(EntityManager em, VacatureToegang toegang, VacatureEvents events, Clock clock) {
        this.em = em;
        this.toegang = toegang;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Vacature zetBreedUit(UUID id) {
        Vacature vacature = VacatureRepository.vergrendel(em, id);
        toegang.magZien(vacature);
        toegang.magBeheren(vacature.accountmanagerId);
        if (!vacature.kanBreedUitgezet()) {
            throw ApiProblem.conflict("vacature-niet-open",
                    "Alleen een open vacature in de eigen-bestandstermijn kan breed worden uitgezet; deze is " + vacature.status.code,
                    Map.of("status", vacature.status.code));
        }
        events.publiceer(vacature, vacature.zetBreedUit(clock.instant(), toegang.wie(), VacatureBreedUitgezet.HANDMATIG));
        return vacature;
    }
}
