package nl.wsp.vacancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import nl.wsp.vacancy.werkgever.Werkgever;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Employers as account-service's events would have left them, and vacancy bodies with real ESCO URIs. */
public final class Testdata {

    public static final String MAGAZIJNMEDEWERKER = "http://data.europa.eu/esco/occupation/040fcfa5-24be-43eb-afd5-828297175b16";
    public static final String MAGAZIJNSYSTEMEN = "http://data.europa.eu/esco/skill/055ff233-6569-43db-9f95-a4b03dca97da";
    public static final String MAGAZIJNMATERIAAL = "http://data.europa.eu/esco/skill/078861f5-b901-48a5-951e-a3ad0a4fa0bd";
    public static final String MAGAZIJNKENNIS = "http://data.europa.eu/esco/skill/089ddb19-1c7a-43ff-ba64-070f7ce4787a";

    private Testdata() {
    }

    public record Account(UUID werkgeverId, UUID accountmanagerId, String partner) {
        public String token() {
            return nl.wsp.testsupport.Tokens.adviseur(partner, accountmanagerId.toString());
        }
    }

    /** Partners of the tests, as account-service's partner events would have left them; Tilburg is Midden-Brabant. */
    public static final List<String> AMERSFOORTSE_PARTNERS = List.of("gemeente-amersfoort", "gemeente-baarn", "gemeente-soest",
            "gemeente-woudenberg", "gemeente-leusden", "uwv-amersfoort");
    public static final String BRABANTSE_PARTNER = "gemeente-tilburg";
    public static final String TWEEDE_BRABANTSE_PARTNER = "gemeente-goirle";

    public static void partners(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String code : AMERSFOORTSE_PARTNERS) {
                partner(em, code, "Amersfoort");
            }
            partner(em, BRABANTSE_PARTNER, "Midden-Brabant");
            partner(em, TWEEDE_BRABANTSE_PARTNER, "Midden-Brabant");
        });
    }

    private static void partner(EntityManager em, String code, String regio) {
        partner(em, code, regio, "gemeente");
    }

    private static void partner(EntityManager em, String code, String regio, String soort) {
        em.createNativeQuery("INSERT INTO partner (id, code, naam, soort, regio) VALUES (?1, ?2, ?2, ?4, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, UUID.randomUUID()).setParameter(2, code).setParameter(3, regio).setParameter(4, soort).executeUpdate();
    }

    /**
     * The token of a fresh adviser of a fresh Amersfoort partner of {@code soort}, e.g. {@code re-integratiebedrijf}
     * (a limited role, docs/adr/0042), as account-service's partner and adviser events would have left them.
     */
    public static String adviseurTokenVanSoort(EntityManager em, String soort) {
        String code = soort + "-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> partner(em, code, "Amersfoort", soort));
        UUID id = UUID.randomUUID();
        adviseur(em, id, code);
        return nl.wsp.testsupport.Tokens.adviseur(code, id.toString());
    }

    /** An adviser of {@code partner} as the adviser events would have left them (the frame's table adviseur: id and partner). */
    public static void adviseur(EntityManager em, UUID id, String partner) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO adviseur (id, partner) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET partner = ?2")
                .setParameter(1, id).setParameter(2, partner).executeUpdate());
    }

    /** The token of a fresh adviser of {@code partner}: {@code sub} is the adviser id. */
    public static String adviseurToken(EntityManager em, String partner) {
        partners(em);
        UUID id = UUID.randomUUID();
        adviseur(em, id, partner);
        return nl.wsp.testsupport.Tokens.adviseur(partner, id.toString());
    }

    /** A fresh employer with a fresh account manager of {@code partner}, stored as the consumers would store it. */
    public static Account werkgever(EntityManager em, String partner) {
        UUID werkgeverId = UUID.randomUUID();
        UUID accountmanagerId = UUID.randomUUID();
        partners(em);
        String regio = BRABANTSE_PARTNER.equals(partner) || TWEEDE_BRABANTSE_PARTNER.equals(partner) ? "Midden-Brabant" : "Amersfoort";
        QuarkusTransaction.requiringNew().run(() -> partner(em, partner, regio));
        adviseur(em, accountmanagerId, partner);
        QuarkusTransaction.requiringNew().run(() -> {
            Werkgever w = new Werkgever(werkgeverId);
            w.werkBij(String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999)),
                    "Logistiek Centrum " + werkgeverId.toString().substring(0, 6), "Midden-Brabant".equals(regio) ? "Tilburg" : "Amersfoort", regio, "logistiek", 120);
            w.wijsAccountmanagerToe(accountmanagerId, partner);
            em.persist(w);
        });
        return new Account(werkgeverId, accountmanagerId, partner);
    }

    public static Map<String, Object> vacature(UUID werkgeverId) {
        return new java.util.HashMap<>(Map.ofEntries(
                Map.entry("werkgeverId", werkgeverId.toString()),
                Map.entry("titel", "Magazijnmedewerker dagdienst"),
                Map.entry("escoBeroep", MAGAZIJNMEDEWERKER),
                Map.entry("vereisteVaardigheden", List.of(MAGAZIJNSYSTEMEN, MAGAZIJNMATERIAAL)),
                Map.entry("gewensteVaardigheden", List.of(MAGAZIJNKENNIS)),
                Map.entry("urenPerWeek", 32),
                Map.entry("aantalPosities", 2),
                Map.entry("werklocatieGemeente", "Amersfoort"),
                Map.entry("contractvorm", "tijdelijk"),
                Map.entry("startdatum", "2027-01-04"),
                Map.entry("sluitingsdatum", "2027-12-31"),
                Map.entry("opleidingsniveau", "mbo-2"),
                Map.entry("geschiktVoorBanenafspraak", true),
                Map.entry("rijbewijsVereist", false),
                Map.entry("omschrijving", "Orderpicken en laden in ons distributiecentrum aan de Isselt.")));
    }
}
