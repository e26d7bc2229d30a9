package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.matching.partner.PartnerRepository;
import nl.wsp.platform.outbox.Outbox;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The pool of a partner as counts, for reporting-service (issue 18 item 5, docs/adr/0043): after a push, a withdrawal or
 * an erasure changed a partner's candidates, the counts of its available candidates per municipality, target groups and
 * age band are computed here and, when they differ from the counts last published, written to the outbox in the same
 * transaction ({@link KandidatenpoolGewijzigdV1}). Reporting so never receives a candidate, only numbers, and its replay of
 * the topic ends at the latest counts of every partner.
 * <p>
 * Native SQL (ADR 0026): one {@code GROUP BY} over the partner's rows of {@code kandidaat}, which is no entity (see
 * {@link KandidaatRepository}), and an upsert of the published hash ({@code INSERT … ON CONFLICT}). No benchmark; named.
 */
@ApplicationScoped
public class Kandidatenpool {

    private static final Logger LOG = Logger.getLogger(Kandidatenpool.class);

    private final EntityManager em;
    private final Outbox outbox;
    private final PartnerRepository partners;
    private final ObjectMapper json;
    private final Clock clock;

    Kandidatenpool(EntityManager em, Outbox outbox, PartnerRepository partners, ObjectMapper json, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.partners = partners;
        this.json = json;
        this.clock = clock;
    }

    /** Publishes the partner's pool when it changed; nothing when the counts are those last published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void werkBij(String partner) {
        String regio = partners.regioVan(partner).orElse(null);
        if (regio == null) {
            LOG.warnf("pool of partner %s not published: its region is not known", partner);
            return;
        }
        List<KandidatenpoolGewijzigdV1.Cel> cellen = cellen(partner);
        String hash = hash(regio, cellen);
        @SuppressWarnings("unchecked")
        List<Object> vorige = em.createNativeQuery("SELECT hash FROM kandidatenpool_stand WHERE partner = ?1 FOR UPDATE")
                .setParameter(1, partner).getResultList();
        if (!vorige.isEmpty() && hash.equals(vorige.get(0))) {
            return;
        }
        Instant nu = clock.instant();
        em.createNativeQuery("""
                        INSERT INTO kandidatenpool_stand (partner, hash, gepubliceerd_op) VALUES (?1, ?2, ?3)
                        ON CONFLICT (partner) DO UPDATE SET hash = EXCLUDED.hash, gepubliceerd_op = EXCLUDED.gepubliceerd_op""")
                .setParameter(1, partner).setParameter(2, hash).setParameter(3, OffsetDateTime.ofInstant(nu, ZoneOffset.UTC))
                .executeUpdate();
        int totaal = cellen.stream().mapToInt(KandidatenpoolGewijzigdV1.Cel::aantal).sum();
        outbox.append(KandidatenpoolGewijzigdV1.TOPIC, KandidatenpoolGewijzigdV1.TYPE, partner,
                new KandidatenpoolGewijzigdV1(partner, regio, totaal, cellen, nu));
    }

    /**
     * Whether this partner's pool was ever published: a partner whose candidates predate the pool event publishes it at
     * its next push, even an unchanged one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isGepubliceerd(String partner) {
        return !em.createNativeQuery("SELECT 1 FROM kandidatenpool_stand WHERE partner = ?1").setParameter(1, partner)
                .getResultList().isEmpty();
    }

    /** The counts of the partner's available candidates, the target groups of a cell sorted, the cells in a fixed order. */
    List<KandidatenpoolGewijzigdV1.Cel> cellen(String partner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT woongemeente, array_to_string(doelgroepen, ','), leeftijdsband, count(*)
                        FROM kandidaat WHERE partner = ?1 AND status = 'beschikbaar'
                        GROUP BY 1, 2, 3""")
                .setParameter(1, partner).getResultList();
        Map<String, KandidatenpoolGewijzigdV1.Cel> per = new TreeMap<>();
        for (Object[] r : rijen) {
            String gemeente = (String) r[0];
            List<String> doelgroepen = r[1] == null || ((String) r[1]).isEmpty() ? List.of()
                    : Arrays.stream(((String) r[1]).split(",")).sorted().distinct().toList();
            String band = (String) r[2];
            int aantal = ((Number) r[3]).intValue();
            String sleutel = gemeente + "\u001f" + String.join(",", doelgroepen) + "\u001f" + Objects.toString(band, "");
            KandidatenpoolGewijzigdV1.Cel bestaand = per.get(sleutel);
            per.put(sleutel, new KandidatenpoolGewijzigdV1.Cel(gemeente, doelgroepen, band,
                    aantal + (bestaand == null ? 0 : bestaand.aantal())));
        }
        List<KandidatenpoolGewijzigdV1.Cel> lijst = new ArrayList<>(per.values());
        lijst.sort(Comparator.comparing((KandidatenpoolGewijzigdV1.Cel c) -> Objects.toString(c.gemeente(), ""))
                .thenComparing(c -> String.join(",", c.doelgroepen()))
                .thenComparing(c -> Objects.toString(c.leeftijdsband(), "")));
        return lijst;
    }

    private String hash(String regio, List<KandidatenpoolGewijzigdV1.Cel> cellen) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(regio.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
            sha.update(json.writeValueAsBytes(cellen));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("pool hash", e);
        }
    }
}
