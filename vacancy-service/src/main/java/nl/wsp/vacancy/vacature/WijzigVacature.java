package nl.wsp.vacancy.vacature;

import nl.wsp.vacancy.evenement.EvenementRepository;
import nl.wsp.vacancy.sroi.SroiVerplichtingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.problem.ApiProblem;

import java.util.UUID;

/** The account manager (or a beheerder) rewrites an active vacancy; matching hears it as gewijzigd. */
@ApplicationScoped
public class WijzigVacature {

    private final VacatureRepository vacatures;
    private final InhoudControle controle;
    private final VacatureToegang toegang;
    private final VacatureEvents events;
    private final EvenementRepository evenementen;
    private final SroiVerplichtingRepository sroiVerplichtingen;

    WijzigVacature(VacatureRepository vacatures, InhoudControle controle, VacatureToegang toegang, VacatureEvents events,
                   EvenementRepository evenementen,
                 SroiVerplichtingRepository sroiVerplichtingen) {
        this.evenementen = evenementen;
        this.sroiVerplichtingen = sroiVerplichtingen;
        this.vacatures = vacatures;
        this.controle = controle;
        this.toegang = toegang;
        this.events = events;
    }

    @Transactional
    public Vacature wijzig(UUID id, UUID werkgeverId, VacatureInhoud inhoud) {
        controle.controleer(inhoud);
        Vacature vacature = vacatures.vergrendel(id);
        toegang.magZien(vacature);
        toegang.magBeheren(vacature.accountmanagerId());
        if (!vacature.werkgeverId().equals(werkgeverId)) {
            throw ApiProblem.invalid("werkgeverId", "een vacature verhuist niet naar een andere werkgever");
        }
        if (inhoud.evenementId() != null) {
            evenementen.herkomst(inhoud.evenementId(), vacature.regio());
        }
        if (inhoud.sroiVerplichtingId() != null) {
            sroiVerplichtingen.vanWerkgever(inhoud.sroiVerplichtingId(), vacature.werkgeverId());
        }
        events.publiceer(vacature, vacature.wijzig(inhoud));
        return vacature;
    }
}
