package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * The account manager broadcasts before the own-caseload window closes. The scheduler then finds nothing to do. Only an
 * open vacancy is broadcast: {@link Vacature#zetBreedUit} refuses the rest ({@link Vacature.NietOpen}, a 409).
 */
@ApplicationScoped
public class ZetVacatureBreedUit {

    private final VacatureRepository vacatures;
    private final VacatureToegang toegang;
    private final VacatureEvents events;
    private final Clock clock;

    ZetVacatureBreedUit(VacatureRepository vacatures, VacatureToegang toegang, VacatureEvents events, Clock clock) {
        this.vacatures = vacatures;
        this.toegang = toegang;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Vacature zetBreedUit(UUID id) {
        Vacature vacature = vacatures.vergrendel(id);
        toegang.magZien(vacature);
        toegang.magBeheren(vacature.accountmanagerId());
        events.publiceer(vacature, vacature.zetBreedUit(clock.instant(), toegang.wie(), VacatureBreedUitgezet.HANDMATIG));
        return vacature;
    }
}
