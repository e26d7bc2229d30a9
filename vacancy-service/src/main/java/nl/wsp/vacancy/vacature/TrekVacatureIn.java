package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** The account manager withdraws an active vacancy (the employer filled it elsewhere, or cancelled it). Never broadcast after. */
@ApplicationScoped
public class TrekVacatureIn {

    private final EntityManager em;
    private final VacatureToegang toegang;
    private final VacatureEvents events;
    private final Clock clock;

    TrekVacatureIn(EntityManager em, VacatureToegang toegang, VacatureEvents events, Clock clock) {
        this.em = em;
        this.toegang = toegang;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Vacature trekIn(UUID id, String reden) {
        Vacature vacature = VacatureRepository.vergrendel(em, id);
        toegang.magZien(vacature);
        toegang.magBeheren(vacature.accountmanagerId);
        events.publiceer(vacature, vacature.trekIn(clock.instant(), toegang.wie(), reden));
        return vacature;
    }
}
