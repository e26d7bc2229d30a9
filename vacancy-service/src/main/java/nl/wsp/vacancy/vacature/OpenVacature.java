package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.vacancy.platform.ApiProblem;
import nl.wsp.vacancy.werkgever.Adviseur;
import nl.wsp.vacancy.werkgever.Werkgever;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Opens a vacancy for an employer we know from account-service, in the own-caseload window of its account manager's
 * partner. The window's deadline is stored with the vacancy, in the same transaction as the geopend event.
 */
@ApplicationScoped
public class OpenVacature {

    private final EntityManager em;
    private final InhoudControle controle;
    private final VacatureToegang toegang;
    private final VacatureEvents events;
    private final VacatureConfig config;
    private final Clock clock;

    OpenVacature(EntityManager em, InhoudControle controle, VacatureToegang toegang, VacatureEvents events,
                 VacatureConfig config, Clock clock) {
        this.em = em;
        this.controle = controle;
        this.toegang = toegang;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Vacature open(UUID werkgeverId, VacatureInhoud inhoud) {
        controle.controleer(inhoud);
        Werkgever werkgever = em.find(Werkgever.class, werkgeverId);
        if (werkgever == null || werkgever.naam == null) {
            throw ApiProblem.notFound("Werkgever " + werkgeverId);
        }
        if (!werkgever.heeftAccountmanager()) {
            throw new ApiProblem(422, "werkgever-zonder-accountmanager", "Werkgever zonder accountmanager",
                    "Deze werkgever heeft (nog) geen accountmanager; wijs er eerst een toe in account-service",
                    null, Map.of("werkgeverId", werkgeverId.toString()));
        }
        toegang.magBeheren(werkgever.accountmanagerId);
        String regio = regioVan(werkgever);
        Instant nu = clock.instant();
        Vacature vacature = Vacature.open(UUID.randomUUID(), werkgever.id, werkgever.accountmanagerId,
                werkgever.accountmanagerPartner, regio, werkgever.sector, inhoud, nu, config.termijnVoor(regio));
        em.persist(vacature);
        events.publiceer(vacature, vacature.geopend(toegang.wie()));
        return vacature;
    }

    /** The employer's region; else that of its account manager's partner or adviser; else the configured default. */
    private String regioVan(Werkgever werkgever) {
        if (werkgever.regio != null && !werkgever.regio.isBlank()) {
            return werkgever.regio;
        }
        return em.createQuery("select p.regio from Partner p where p.code = :code", String.class)
                .setParameter("code", werkgever.accountmanagerPartner).getResultStream().findFirst()
                .or(() -> java.util.Optional.ofNullable(em.find(Adviseur.class, werkgever.accountmanagerId)).map(a -> a.regio))
                .orElse(config.standaardRegio());
    }
}
