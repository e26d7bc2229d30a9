package nl.wsp.matching.vacature;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Keeps this service's copy of the vacancies it matches against; a repeated event changes nothing. */
@ApplicationScoped
public class VacatureEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    VacatureEventsConsumer(Inbox inbox, EntityManager em, ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    @Incoming("vacatures")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        VacatureV1 v = event.data(json, VacatureV1.class);
        if (v.vacatureId() == null) {
            throw new IllegalArgumentException("event " + event.id() + " has no vacatureId");
        }
        switch (event.type()) {
            case VacatureV1.GEOPEND, VacatureV1.GEWIJZIGD -> bewaar(v, false);
            case VacatureV1.BREED_UITGEZET -> bewaar(v, true);
            case VacatureV1.VERVULD -> status(v, "vervuld");
            case VacatureV1.INGETROKKEN -> status(v, "ingetrokken");
            case VacatureV1.VERLOPEN -> status(v, "verlopen");
            default -> {
                // a type this service does not read
            }
        }
    }

    private void bewaar(VacatureV1 v, boolean breedUitgezet) {
        em.createNativeQuery("""
                        INSERT INTO vacature (id, werkgever_id, accountmanager_partner, titel, esco_beroep, vereiste_vaardigheden,
                            gewenste_vaardigheden, uren_per_week, werklocatie_gemeente, regio, opleidingsniveau, rijbewijs_vereist,
                            eigen_bestand_tot, breed_uitgezet, status, bijgewerkt_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, cast(?6 AS text[]), cast(?7 AS text[]), ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'open', ?15)
                        ON CONFLICT (id) DO UPDATE SET werkgever_id = EXCLUDED.werkgever_id,
                            accountmanager_partner = EXCLUDED.accountmanager_partner, titel = EXCLUDED.titel,
                            esco_beroep = EXCLUDED.esco_beroep, vereiste_vaardigheden = EXCLUDED.vereiste_vaardigheden,
                            gewenste_vaardigheden = EXCLUDED.gewenste_vaardigheden, uren_per_week = EXCLUDED.uren_per_week,
                            werklocatie_gemeente = EXCLUDED.werklocatie_gemeente, regio = EXCLUDED.regio,
                            opleidingsniveau = EXCLUDED.opleidingsniveau, rijbewijs_vereist = EXCLUDED.rijbewijs_vereist,
                            eigen_bestand_tot = EXCLUDED.eigen_bestand_tot,
                            breed_uitgezet = vacature.breed_uitgezet OR EXCLUDED.breed_uitgezet,
                            bijgewerkt_op = EXCLUDED.bijgewerkt_op
                        WHERE vacature.status = 'open'""")
                .setParameter(1, v.vacatureId())
                .setParameter(2, v.werkgeverId())
                .setParameter(3, v.accountmanagerPartner())
                .setParameter(4, v.titel())
                .setParameter(5, v.escoBeroep())
                .setParameter(6, lijst(v.vereisteVaardigheden()))
                .setParameter(7, lijst(v.gewensteVaardigheden()))
                .setParameter(8, v.urenPerWeek())
                .setParameter(9, v.werklocatieGemeente())
                .setParameter(10, v.regio())
                .setParameter(11, v.opleidingsniveau())
                .setParameter(12, Boolean.TRUE.equals(v.rijbewijsVereist()))
                .setParameter(13, v.eigenBestandTot() == null ? null : OffsetDateTime.ofInstant(v.eigenBestandTot(), ZoneOffset.UTC))
                .setParameter(14, breedUitgezet)
                .setParameter(15, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    private void status(VacatureV1 v, String status) {
        em.createNativeQuery("UPDATE vacature SET status = ?1, bijgewerkt_op = ?2 WHERE id = ?3")
                .setParameter(1, status)
                .setParameter(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(3, v.vacatureId())
                .executeUpdate();
    }

    private static String[] lijst(List<String> waarden) {
        return waarden == null ? new String[0] : waarden.toArray(String[]::new);
    }
}
