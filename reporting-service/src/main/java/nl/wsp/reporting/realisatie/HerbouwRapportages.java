package nl.wsp.reporting.realisatie;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Set;

/**
 * Rebuilds the read models by replaying the topics from the beginning: empties the counters and forgets these topics'
 * events in the inbox (one transaction, which waits for an event being applied), then seeks the consumer back to offset 0.
 * An event applied between the two is in the inbox again, so its replayed copy is skipped: every event counts once.
 * Native SQL for that guarantee (ADR 0026), which JPQL cannot give: {@code TRUNCATE} empties the thirty-one read models at
 * once and its table lock waits for the event being applied, and the frame's inbox (no entity of this service) forgets
 * these topics' entries by type prefix in the same transaction. No benchmark; named.
 */
@ApplicationScoped
public class HerbouwRapportages {

    private static final Logger LOG = Logger.getLogger(HerbouwRapportages.class);
    static final String KANAAL = "realisatie";

    private final EntityManager em;
    private final KafkaClientService kafka;

    HerbouwRapportages(EntityManager em, KafkaClientService kafka) {
        this.em = em;
        this.kafka = kafka;
    }

    public Set<TopicPartition> herbouw() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    TRUNCATE plaatsingen_per_gemeente, indicator_per_maand, plaatsingen_per_partner, banenafspraak_per_maand, beeindigingen_per_maand, vacatures_per_maand, contactmomenten_per_maand,
                             contactverzoeken_per_maand, nps_per_ronde, nps_per_sector_ronde, diensten_per_maand,
                             netwerk_werkgever, netwerk_contacten_per_maand, netwerk_vacatures_per_maand,
                             schadelast_plaatsingen, schadelast_beeindigingen, evenement_telling, evenement_vacature,
                             plaatsingen_per_vacature, team, team_lidmaatschap, werk_vacature, werk_contactmoment, werk_contactverzoek, werk_plaatsing,
                             sroi_verplichting, sroi_vacature, banenafspraak_banen_per_maand, kandidatenpool_cel, eerlijkheid_voordracht, eerlijkheid_plaatsing""").executeUpdate();
            StringBuilder where = new StringBuilder("FALSE");
            for (String prefix : Gebeurtenissen.TYPE_PREFIXEN) {
                where.append(" OR type LIKE '").append(prefix).append("%'");
            }
            int vergeten = em.createNativeQuery("DELETE FROM inbox_event WHERE " + where).executeUpdate();
            LOG.infof("rebuild: read models emptied, %d inbox entries forgotten", vergeten);
        });
        KafkaConsumer<Object, Object> consumer = kafka.getConsumer(KANAAL);
        Set<TopicPartition> partities = consumer.runOnPollingThread(c -> {
            Set<TopicPartition> toegewezen = Set.copyOf(c.assignment());
            c.seekToBeginning(toegewezen);
            return toegewezen;
        }).await().atMost(Duration.ofSeconds(30));
        LOG.infof("rebuild: replaying %s from the beginning", partities);
        return partities;
    }
}
