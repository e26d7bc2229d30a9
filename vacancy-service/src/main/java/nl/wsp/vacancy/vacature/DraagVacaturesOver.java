package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.wsp.vacancy.werkgever.AccountmanagerGewisseld;
import nl.wsp.vacancy.werkgever.Werkgever;

import java.util.ArrayList;
import java.util.List;

/** One account: when an employer gets a new account manager, its active vacancies move with it (gewijzigd). */
@ApplicationScoped
public class DraagVacaturesOver {

    private final VacatureRepository vacatures;
    private final VacatureEvents events;

    DraagVacaturesOver(VacatureRepository vacatures, VacatureEvents events) {
        this.vacatures = vacatures;
        this.events = events;
    }

    /** Synchronous, in the transaction of the employer event that changed the account manager. */
    void bij(@Observes AccountmanagerGewisseld gewisseld) {
        aan(gewisseld.werkgever(), gewisseld.reden());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void aan(Werkgever werkgever, String reden) {
        if (!werkgever.heeftAccountmanager()) {
            return;
        }
        List<Vacature> actief = vacatures.actiefVanWerkgever(werkgever.id());
        List<VacatureEvents.Uitgaand> uitgaand = new ArrayList<>();
        for (Vacature vacature : actief) {
            vacature.wijsAccountmanagerToe(werkgever.accountmanagerId(), werkgever.accountmanagerPartner())
                    .ifPresent(g -> uitgaand.add(new VacatureEvents.Uitgaand(vacature, g)));
        }
        events.publiceer(uitgaand);
    }
}
