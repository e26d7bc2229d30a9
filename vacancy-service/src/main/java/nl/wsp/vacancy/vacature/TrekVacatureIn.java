package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** The account manager withdraws an active vacancy (the employer filled it elsewhere, or cancelled it). Never broadcast after. */
@ApplicationScoped
public class TrekVacatureIn {

    private final VacatureRepository vacatures;
    private final VacatureToegang toegang;
    private final VacatureEvents events;
    private final Clock clock;

    TrekVacatureIn(VacatureRepository vacatures, VacatureToegang toegang, VacatureEvents events, Clock clock) {
        this.vacatures = vacatures;
        this.toegang = toegang;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Vacature trekIn(UUID id, String reden) {
        Vacature vacature = vacatures.vergrendel(id);
        toegang.magZien(vacature);
        toegang.magBeheren(vacature.accountmanagerId());
        events.publiceer(vacature, vacature.trekIn(clock.instant(), toegang.wie(), reden));
        return vacature;
    }
}
