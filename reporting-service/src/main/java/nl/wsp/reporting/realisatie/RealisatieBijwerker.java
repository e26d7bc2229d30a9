package nl.wsp.reporting.realisatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.reporting.doelstelling.Doelgroepen;
import nl.wsp.reporting.realisatie.Gebeurtenissen.ContactmomentGeregistreerdV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.ContactverzoekV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.NpsResponsGeregistreerdV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.PlaatsingBeeindigdV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.PlaatsingGerealiseerdV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.VacatureBreedUitgezetV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.VacatureGeopendV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.VacatureVervuldV1;

import java.time.LocalDate;
import java.util.List;

/**
 * Applies one event to the read models: one upsert of a counter, in the consumer's transaction. Nothing is scanned;
 * reports sum the counters of the months they cover.
 */
@ApplicationScoped
class RealisatieBijwerker {

    private final EntityManager em;
    private final DoelstellingStatus status;
    private final DoelstellingVoortgang voortgang;

    RealisatieBijwerker(EntityManager em, DoelstellingStatus status, DoelstellingVoortgang voortgang) {
        this.em = em;
        this.status = status;
        this.voortgang = voortgang;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void plaatsingGerealiseerd(PlaatsingGerealiseerdV1 e) {
        String regio = verplicht(e.regio(), "regio");
        LocalDate start = Datum.dag(e.startdatum(), "startdatum");
        List<String> doelgroepen = e.doelgroepen() == null ? List.of() : e.doelgroepen();
        String partner = e.partner() == null ? "" : e.partner();
        String gemeente = e.gemeente() == null ? "" : e.gemeente();
        String hoofddoelgroep = Doelgroepen.hoofddoelgroep(doelgroepen);
        boolean metIba = doelgroepen.contains(Doelgroepen.MET_IBA);
        boolean banenafspraak = doelgroepen.contains(Doelgroepen.BANENAFSPRAAK);
        em.createNativeQuery("""
                        INSERT INTO plaatsingen_per_gemeente AS t (regio, maand, gemeente, doelgroep, met_iba, banenafspraak, aantal)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)
                        ON CONFLICT (regio, maand, gemeente, doelgroep, met_iba, banenafspraak) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, regio).setParameter(2, Datum.maand(start)).setParameter(3, gemeente)
                .setParameter(4, hoofddoelgroep).setParameter(5, metIba).setParameter(6, banenafspraak)
                .executeUpdate();
        if (banenafspraak) {
            em.createNativeQuery("""
                            INSERT INTO banenafspraak_per_maand AS t (regio, maand, aantal) VALUES (?1, ?2, 1)
                            ON CONFLICT (regio, maand) DO UPDATE SET aantal = t.aantal + 1""")
                    .setParameter(1, regio).setParameter(2, Datum.maand(start))
                    .executeUpdate();
        }
        if (!partner.isEmpty()) {
            em.createNativeQuery("""
                            INSERT INTO plaatsingen_per_partner AS t (partner, maand, regio, doelgroep, met_iba, banenafspraak, aantal)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)
                            ON CONFLICT (partner, maand, regio, doelgroep, met_iba, banenafspraak) DO UPDATE SET aantal = t.aantal + 1""")
                    .setParameter(1, partner).setParameter(2, Datum.maand(start)).setParameter(3, regio)
                    .setParameter(4, hoofddoelgroep).setParameter(5, metIba).setParameter(6, banenafspraak)
                    .executeUpdate();
        }
        if (!partner.isEmpty()) {
            status.werkBijNaPlaatsing(partner, start.getYear());
        }
        voortgang.werkBijNaPlaatsing(regio, start.getYear(), partner, gemeente, hoofddoelgroep, metIba, banenafspraak);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void plaatsingBeeindigd(PlaatsingBeeindigdV1 e) {
        LocalDate start = Datum.dag(e.startdatum(), "startdatum");
        LocalDate einde = Datum.dag(e.einddatum(), "einddatum");
        em.createNativeQuery("""
                        INSERT INTO beeindigingen_per_maand AS t (regio, startmaand, gemeente, binnen_zes_maanden, aantal)
                        VALUES (?1, ?2, ?3, ?4, 1)
                        ON CONFLICT (regio, startmaand, gemeente, binnen_zes_maanden) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, verplicht(e.regio(), "regio")).setParameter(2, Datum.maand(start))
                .setParameter(3, e.gemeente() == null ? "" : e.gemeente())
                .setParameter(4, einde.isBefore(start.plusMonths(6)))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void vacatureGeopend(VacatureGeopendV1 e, String tijd) {
        int posities = e.aantalPosities() == null ? 1 : e.aantalPosities();
        boolean geschikt = Boolean.TRUE.equals(e.geschiktVoorBanenafspraak());
        // guaranteed jobs are counted in positions, as the placements that fill them are (one placement, one position)
        vacatureTeller(e.regio(), Datum.dag(tijd, "time"), """
                geopend = t.geopend + EXCLUDED.geopend, posities_geopend = t.posities_geopend + EXCLUDED.posities_geopend,
                geschikt_banenafspraak = t.geschikt_banenafspraak + EXCLUDED.geschikt_banenafspraak,
                posities_geschikt_banenafspraak = t.posities_geschikt_banenafspraak + EXCLUDED.posities_geschikt_banenafspraak""",
                1, posities, geschikt ? 1 : 0, geschikt ? posities : 0, 0, 0, 0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void vacatureBreedUitgezet(VacatureBreedUitgezetV1 e) {
        vacatureTeller(e.regio(), Datum.dag(e.breedUitgezetOp(), "breedUitgezetOp"),
                "breed_uitgezet = t.breed_uitgezet + 1", 0, 0, 0, 0, 1, 0, 0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void vacatureVervuld(VacatureVervuldV1 e) {
        vacatureTeller(e.regio(), Datum.dag(e.vervuldOp(), "vervuldOp"),
                "vervuld = t.vervuld + 1, posities_vervuld = t.posities_vervuld + EXCLUDED.posities_vervuld",
                0, 0, 0, 0, 0, 1, e.aantalPosities() == null ? 1 : e.aantalPosities());
    }

    private void vacatureTeller(String regio, LocalDate dag, String bijwerken, int geopend, int posities, int geschikt,
                                int positiesGeschikt, int breed, int vervuld, int positiesVervuld) {
        em.createNativeQuery("""
                        INSERT INTO vacatures_per_maand AS t (regio, maand, geopend, posities_geopend, geschikt_banenafspraak,
                                                              posities_geschikt_banenafspraak, breed_uitgezet, vervuld, posities_vervuld)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (regio, maand) DO UPDATE SET
                        """ + bijwerken)
                .setParameter(1, verplicht(regio, "regio")).setParameter(2, Datum.maand(dag))
                .setParameter(3, geopend).setParameter(4, posities).setParameter(5, geschikt).setParameter(6, positiesGeschikt)
                .setParameter(7, breed).setParameter(8, vervuld).setParameter(9, positiesVervuld)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void contactmoment(ContactmomentGeregistreerdV1 e) {
        em.createNativeQuery("""
                        INSERT INTO contactmomenten_per_maand AS t (regio, maand, soort, aantal) VALUES (?1, ?2, ?3, 1)
                        ON CONFLICT (regio, maand, soort) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, verplicht(e.regio(), "regio")).setParameter(2, Datum.maand(Datum.dag(e.datum(), "datum")))
                .setParameter(3, verplicht(e.soort(), "soort"))
                .executeUpdate();
    }

    /**
     * One counter per event. A late answer to a request that was flagged before ({@code naTermijnVerstreken}) also
     * counts in {@code verstreken_daarna_beantwoord}, so the report counts that request once (docs/api.md).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void contactverzoek(String type, ContactverzoekV1 e) {
        List<String> kolommen = switch (type) {
            case Gebeurtenissen.CONTACTVERZOEK_ONTVANGEN -> List.of("ontvangen");
            case Gebeurtenissen.CONTACTVERZOEK_TERMIJN_VERSTREKEN -> List.of("termijn_verstreken");
            default -> Boolean.TRUE.equals(e.binnenTermijn()) ? List.of("binnen_termijn")
                    : Boolean.TRUE.equals(e.naTermijnVerstreken()) ? List.of("te_laat", "verstreken_daarna_beantwoord")
                    : List.of("te_laat");
        };
        String namen = String.join(", ", kolommen);
        String enen = String.join(", ", kolommen.stream().map(k -> "1").toList());
        String bijwerken = String.join(", ", kolommen.stream().map(k -> k + " = t." + k + " + 1").toList());
        em.createNativeQuery("INSERT INTO contactverzoeken_per_maand AS t (regio, maand, " + namen + ") VALUES (?1, ?2, " + enen + ") "
                        + "ON CONFLICT (regio, maand) DO UPDATE SET " + bijwerken)
                .setParameter(1, verplicht(e.regio(), "regio")).setParameter(2, Datum.maand(Datum.dag(e.ontvangenOp(), "ontvangenOp")))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void nps(NpsResponsGeregistreerdV1 e) {
        if (e.score() == null || e.score() < 0 || e.score() > 10) {
            throw new IllegalArgumentException("NPS score must be 0-10, was " + e.score());
        }
        String kolom = e.score() >= 9 ? "promotors" : e.score() >= 7 ? "passief" : "criticasters";
        em.createNativeQuery("INSERT INTO nps_per_ronde AS t (regio, meetronde, " + kolom + ") VALUES (?1, ?2, 1) "
                        + "ON CONFLICT (regio, meetronde) DO UPDATE SET " + kolom + " = t." + kolom + " + 1")
                .setParameter(1, verplicht(e.regio(), "regio")).setParameter(2, verplicht(e.meetronde(), "meetronde"))
                .executeUpdate();
    }

    private static String verplicht(String waarde, String veld) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("field " + veld + " is missing");
        }
        return waarde;
    }
}
