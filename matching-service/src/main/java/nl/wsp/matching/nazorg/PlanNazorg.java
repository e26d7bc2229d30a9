package nl.wsp.matching.nazorg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;
import nl.wsp.matching.plaatsing.PlaatsingEvents;

/**
 * Follows placements inside the service, in the transaction of the placement: plans the check-ins when a placement
 * is made, lets those due after an early end lapse (each check-in decides, {@link Nazorgmoment#bijEindeVanPlaatsing}),
 * and drops the notes when the candidate is erased.
 */
@ApplicationScoped
class PlanNazorg {

    private final NazorgmomentRepository momenten;

    PlanNazorg(NazorgmomentRepository momenten) {
        this.momenten = momenten;
    }

    void bijPlaatsing(@Observes PlaatsingEvents.PlaatsingGerealiseerdV1 plaatsing) {
        for (int maanden : Nazorgmoment.SCHEMA) {
            momenten.persist(Nazorgmoment.plan(plaatsing.plaatsingId(), plaatsing.kandidaatId(), plaatsing.partner(),
                    plaatsing.startdatum(), maanden));
        }
    }

    void bijBeeindiging(@Observes PlaatsingEvents.PlaatsingBeeindigdV1 beeindigd) {
        momenten.openVanPlaatsing(beeindigd.plaatsingId()).forEach(m -> m.bijEindeVanPlaatsing(beeindigd.einddatum()));
    }

    /** A JPQL bulk update, the statement the native SQL was; like it, it leaves the rows' versions as they are. */
    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        momenten.update("notitie = null, kandidaatId = ?1 where kandidaatId = ?2", gewist.vervangendeId(), gewist.kandidaatId());
    }
}
