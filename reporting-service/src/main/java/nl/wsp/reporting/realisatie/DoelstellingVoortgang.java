package nl.wsp.reporting.realisatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.reporting.doelstelling.Doelgroepen;
import nl.wsp.reporting.doelstelling.Doelstelling;
import nl.wsp.reporting.doelstelling.DoelstellingGewijzigd;
import nl.wsp.reporting.doelstelling.DoelstellingRepository;

import java.time.LocalDate;
import java.util.List;

/**
 * Every placement target's realisation, a partner's or a group of municipalities', published through the outbox in the
 * transaction that changed it (the target, or a placement it counts): what matching's {@code prioriteit-v2} ranks on
 * (ADR 0027). The per-partner {@link DoelstellingStatus} stays as it was for {@code prioriteit-v1}.
 */
@ApplicationScoped
public class DoelstellingVoortgang {

    private final DoelstellingRepository doelstellingen;
    private final EntityManager em;
    private final Outbox outbox;

    DoelstellingVoortgang(DoelstellingRepository doelstellingen, EntityManager em, Outbox outbox) {
        this.doelstellingen = doelstellingen;
        this.em = em;
        this.outbox = outbox;
    }

    /** Synchronous, in the transaction that set, changed or removed the target; Banenafspraak targets are not ranked on. */
    void bij(@Observes DoelstellingGewijzigd gewijzigd) {
        Doelstelling d = gewijzigd.doelstelling();
        if (Doelstelling.PLAATSINGEN.equals(d.soort())) {
            publiceer(d, gewijzigd.vervallen() ? 0 : gerealiseerd(d), gewijzigd.vervallen());
        }
    }

    /** After a placement: each target of its year that names its partner or its municipality and counts its target group. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void werkBijNaPlaatsing(String regio, int jaar, String partner, String gemeente, String hoofddoelgroep, boolean metIba,
                                   boolean banenafspraak) {
        for (Doelstelling d : doelstellingen.dekkend(regio, jaar, partner, gemeente)) {
            if (Doelgroepen.telt(d.doelgroep(), hoofddoelgroep, metIba, banenafspraak)) {
                publiceer(d, gerealiseerd(d), false);
            }
        }
    }

    /**
     * The same count as the realisation report: the partner's placements, or those in the group's municipalities; also
     * each target's share of the partner status ({@link DoelstellingStatus}), so both events count alike.
     */
    int gerealiseerd(Doelstelling d) {
        String filter = Doelgroepen.sqlFilter(d.doelgroep());
        var query = d.partner() != null
                ? em.createNativeQuery("SELECT coalesce(sum(aantal), 0) FROM plaatsingen_per_partner "
                        + "WHERE partner = ?1 AND maand >= ?2 AND maand < ?3 AND (" + filter + ")").setParameter(1, d.partner())
                : em.createNativeQuery("SELECT coalesce(sum(aantal), 0) FROM plaatsingen_per_gemeente "
                        + "WHERE regio = ?4 AND gemeente = ANY (string_to_array(?1, '|')) AND maand >= ?2 AND maand < ?3 AND (" + filter + ")")
                        .setParameter(1, String.join("|", d.gemeenten())).setParameter(4, d.regio());
        return ((Number) query.setParameter(2, LocalDate.of(d.jaar(), 1, 1)).setParameter(3, LocalDate.of(d.jaar() + 1, 1, 1))
                .getSingleResult()).intValue();
    }

    private void publiceer(Doelstelling d, int gerealiseerd, boolean vervallen) {
        outbox.append(DoelstellingStatusGewijzigd.TOPIC, DoelstellingVoortgangGewijzigd.TYPE, d.id().toString(),
                new DoelstellingVoortgangGewijzigd(d.id(), d.regio(), d.jaar(), d.doelgroep(),
                        d.partner() == null ? List.of() : List.of(d.partner()), d.gemeenten(), vervallen ? 0 : d.aantal(), gerealiseerd,
                        vervallen));
    }
}
