package nl.wsp.matching;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.bekenden.Adviseurs;
import nl.wsp.testsupport.AdviseurEvents;
import nl.wsp.testsupport.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Tokens of callers this service accepts (docs/api.md: an unknown partner, or an adviser {@code sub} that is no adviser
 * of the token's partner, is 403): the partner and the adviser are stored first, as account-service's partner and
 * adviser events would have left them (the adviser handed to the frame's {@link Adviseurs} as an event, as the consumer
 * does). A partner not yet known is stored in region Amersfoort (Tilburg's in
 * Midden-Brabant, as everywhere in the tests); one a test stored itself ({@link TestPartners#bekend}) keeps its region. The adviser of a partner has a fixed id
 * ({@link #adviseurId(String)}), so a test can compare the "who" fields with it.
 */
public final class TestBellers {

    private TestBellers() {
    }

    /** The token of the adviser of {@code partner} whose id is {@link #adviseurId(String)}. */
    public static String adviseur(String partner) {
        return adviseur(partner, adviseurId(partner));
    }

    /** The token of adviser {@code id} of {@code partner}. */
    public static String adviseur(String partner, UUID id) {
        partner(partner);
        Adviseurs adviseurs = Arc.container().instance(Adviseurs.class).get();
        QuarkusTransaction.requiringNew().run(() -> adviseurs.verwerk(AdviseurEvents.geregistreerd(id, partner)));
        return Tokens.adviseur(partner, id.toString());
    }

    public static String adviseur(String partner, String id) {
        return adviseur(partner, UUID.fromString(id));
    }

    /** The token of the client system of {@code partner}. */
    public static String partnersysteem(String partner) {
        partner(partner);
        return Tokens.partnersysteem(partner);
    }

    /** The id, and so the token's {@code sub}, of the adviser {@link #adviseur(String)} signs for. */
    public static UUID adviseurId(String partner) {
        return UUID.nameUUIDFromBytes(("adviseur@" + partner).getBytes(StandardCharsets.UTF_8));
    }

    /** Stores {@code code} as a known partner unless it is known already (Tilburg in Midden-Brabant, else Amersfoort). */
    public static void partner(String code) {
        TestPartners.bekend(Arc.container().instance(EntityManager.class).get(), code,
                code.equals("gemeente-tilburg") ? "Midden-Brabant" : "Amersfoort");
    }
}
