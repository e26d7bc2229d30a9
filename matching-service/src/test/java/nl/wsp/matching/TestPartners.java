package nl.wsp.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/** Test fixture: a partner as the partner events store it, so that a code names a known partner of a region. */
public final class TestPartners {

    private TestPartners() {
    }

    public static void bekend(EntityManager em, String code, String regio) {
        bekend(em, code, regio, "gemeente");
    }

    /** A partner of {@code soort}, e.g. {@code re-integratiebedrijf} (a limited role, docs/adr/0042). */
    public static void bekend(EntityManager em, String code, String regio, String soort) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO partner (id, code, naam, soort, regio) VALUES (?1, ?2, ?2, ?4, ?3)
                        ON CONFLICT (code) DO NOTHING""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, code).setParameter(3, regio).setParameter(4, soort)
                .executeUpdate());
    }
}
