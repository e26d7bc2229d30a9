package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The Idempotency-Keys of {@code POST /api/v1/vacatures}: the first request under a key claims it, a retry finds the
 * claim. One of vacancy-service's named SQL classes (docs/adr/0026-one-persistence-style.md), not for speed but for
 * atomicity: {@code INSERT … ON CONFLICT DO NOTHING} claims a key in one statement, so two copies of one request sent
 * at once both end well (the second waits for the first and answers its vacancy); JPQL has no such insert, and a
 * look-up before {@code persist} would let both pass and the second fail on the primary key with a 500.
 */
@ApplicationScoped
public class Idempotentiesleutels {

    /** What a key was first used for. */
    public record Claim(String verzoekHash, UUID vacatureId) {
    }

    private final EntityManager em;

    Idempotentiesleutels(EntityManager em) {
        this.em = em;
    }

    /** Claims {@code sleutel} of {@code aanvrager} for a new vacancy; empty when this caller claimed it before, else the earlier claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Claim> claim(String aanvrager, String sleutel, String verzoekHash, UUID vacatureId, Instant nu) {
        int nieuw = em.createNativeQuery("""
                        INSERT INTO idempotentie_sleutel (aanvrager, sleutel, verzoek_hash, vacature_id, aangemaakt_op)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (aanvrager, sleutel) DO NOTHING""")
                .setParameter(1, aanvrager).setParameter(2, sleutel).setParameter(3, verzoekHash)
                .setParameter(4, vacatureId).setParameter(5, OffsetDateTime.ofInstant(nu, ZoneOffset.UTC))
                .executeUpdate();
        if (nieuw == 1) {
            return Optional.empty();
        }
        Object[] eerder = (Object[]) em.createNativeQuery(
                        "SELECT verzoek_hash, vacature_id FROM idempotentie_sleutel WHERE aanvrager = ?1 AND sleutel = ?2")
                .setParameter(1, aanvrager).setParameter(2, sleutel).getSingleResult();
        return Optional.of(new Claim((String) eerder[0], (UUID) eerder[1]));
    }
}
