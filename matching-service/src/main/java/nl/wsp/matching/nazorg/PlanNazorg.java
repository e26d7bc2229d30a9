package nl.wsp.matching.nazorg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;
import nl.wsp.matching.plaatsing.PlaatsingEvents;

/**
 * Follows placements inside the service, in the transaction of the placement: plans the check-ins when a placement
 * is made, lets those due after an early end lapse, and drops the notes when the candidate is erased.
 */
@ApplicationScoped
class PlanNazorg {

    private final EntityManager em;

    PlanNazorg(EntityManager em) {
        this.em = em;
    }

    void bijPlaatsing(@Observes PlaatsingEvents.PlaatsingGerealiseerdV1 plaatsing) {
        for (int maanden : Nazorgmoment.SCHEMA) {
            em.persist(Nazorgmoment.plan(plaatsing.plaatsingId(), plaatsing.kandidaatId(), plaatsing.partner(),
                    plaatsing.startdatum(), maanden));
        }
    }

    void bijBeeindiging(@Observes PlaatsingEvents.PlaatsingBeeindigdV1 beeindigd) {
        em.createQuery("""
                        update Nazorgmoment set status = :vervallen, versie = versie + 1
                        where plaatsingId = :p and status = :open and geplandOp > :eind""")
                .setParameter("vervallen", Nazorgmoment.Status.VERVALLEN)
                .setParameter("open", Nazorgmoment.Status.OPEN)
                .setParameter("p", beeindigd.plaatsingId())
                .setParameter("eind", beeindigd.einddatum())
                .executeUpdate();
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        em.createNativeQuery("UPDATE nazorgmoment SET notitie = NULL, kandidaat_id = ?2 WHERE kandidaat_id = ?1")
                .setParameter(1, gewist.kandidaatId()).setParameter(2, gewist.vervangendeId()).executeUpdate();
    }
}
