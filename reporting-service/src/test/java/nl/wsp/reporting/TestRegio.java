package nl.wsp.reporting;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * A fresh region with Amersfoort's seven municipalities, so that each test counts only its own events. Written
 * straight into the reference tables: the API offers no way to add a region (they come from the reference file).
 */
public final class TestRegio {

    public static final List<String> GEMEENTEN = List.of("Amersfoort", "Baarn", "Bunschoten", "Leusden", "Nijkerk", "Soest", "Woudenberg");

    private TestRegio() {
    }

    public static String nieuw() {
        return nieuw("Amersfoort-", GEMEENTEN);
    }

    /** A fresh region with these municipalities (names as the reference data spells them), its name starting so. */
    public static String nieuw(String voorvoegsel, List<String> gemeenten) {
        String regio = voorvoegsel + UUID.randomUUID();
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO regio (naam) VALUES (?)")) {
                p.setString(1, regio);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gemeente (regio, naam, volgorde) VALUES (?, ?, ?)")) {
                for (int i = 0; i < gemeenten.size(); i++) {
                    p.setString(1, regio);
                    p.setString(2, gemeenten.get(i));
                    p.setInt(3, i + 1);
                    p.addBatch();
                }
                p.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return regio;
    }

    /** A partner of the region as the partner events store it (table partner), so that targets may name it. */
    public static void partner(String code, String regio) {
        partner(code, regio, "gemeente");
    }

    /** A partner of {@code soort}, e.g. {@code re-integratiebedrijf} (a limited role, docs/adr/0042). */
    public static void partner(String code, String regio, String soort) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO partner (partner_id, code, naam, soort, regio) VALUES (?1, ?2, ?2, ?4, ?3)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, code).setParameter(3, regio).setParameter(4, soort)
                .executeUpdate());
    }

    /**
     * An employer of this sector in the region, as the employer events store it (table netwerk_werkgever), so that a
     * sector plan may name the sector. Written straight in: a rebuild forgets it (a replay test sends the event instead).
     */
    public static void sector(String regio, String sector) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO netwerk_werkgever (werkgever_id, regio, sector, key_account, smaakmaker, bekend_sinds) VALUES (?1, ?2, ?3, false, false, DATE '2020-01-01')")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, regio).setParameter(3, sector).executeUpdate());
    }
}
