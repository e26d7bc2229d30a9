package nl.wsp.reporting;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.bekenden.Adviseurs;
import nl.wsp.testsupport.AdviseurEvents;
import nl.wsp.testsupport.Tokens;

import java.util.UUID;

/**
 * Tokens of callers this service lets in (docs/api.md: an unknown or inactive partner, or an adviser {@code sub} that is
 * no adviser of the token's partner, is 403), so that a test of another rule is refused or answered for that rule: the
 * partner is stored first as the partner events would have left it (region Amersfoort, unless it is known already), the
 * adviser is handed to the frame's {@link Adviseurs} as account-service's event, as the consumer does.
 */
public final class TestBellers {

    private TestBellers() {
    }

    /** The token of a fresh adviser of {@code partner}: {@code sub} is its adviser id. */
    public static String adviseur(String partner) {
        return adviseur(partner, UUID.randomUUID());
    }

    /** The token of adviser {@code id} of {@code partner}, registered with it. */
    public static String adviseur(String partner, UUID id) {
        partner(partner);
        registreer(id, partner);
        return Tokens.adviseur(partner, id.toString());
    }

    /** Adviser {@code id} of {@code partner}, as account-service's adviser event leaves it. */
    public static void registreer(UUID id, String partner) {
        Adviseurs adviseurs = Arc.container().instance(Adviseurs.class).get();
        QuarkusTransaction.requiringNew().run(() -> adviseurs.verwerk(AdviseurEvents.geregistreerd(id, partner)));
    }

    /** The token of the client system of {@code partner}, a partner this service knows. */
    public static String partnersysteem(String partner) {
        partner(partner);
        return Tokens.partnersysteem(partner);
    }

    /** Stores {@code code} as a known, active partner of region Amersfoort unless this service knows it already. */
    public static void partner(String code) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        long bekend = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM partner WHERE code = ?1 AND actief").setParameter(1, code).getSingleResult()).longValue());
        if (bekend == 0) {
            TestRegio.partner(code, "Amersfoort");
        }
    }
}
