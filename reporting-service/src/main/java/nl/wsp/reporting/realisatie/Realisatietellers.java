package nl.wsp.reporting.realisatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/**
 * The native statements of the realisation read models: each raises one counter row by one (or a vacancy's positions).
 * Native SQL for atomicity, not speed (ADR 0026, like {@code Partnertellers}): {@code INSERT … ON CONFLICT DO UPDATE SET
 * aantal = aantal + 1} creates or raises the row in one statement, so two consumers' first events of one key neither fail
 * on the primary key nor lose a count. No benchmark; the reports that sum these rows are measured in {@link Rapportages}.
 */
@ApplicationScoped
class Realisatietellers {

    /** The counters of a contact request (table contactverzoeken_per_maand), by their column. */
    enum Contactverzoekteller {
        ONTVANGEN("ontvangen"), TERMIJN_VERSTREKEN("termijn_verstreken"), BINNEN_TERMIJN("binnen_termijn"), TE_LAAT("te_laat"),
        VERSTREKEN_DAARNA_BEANTWOORD("verstreken_daarna_beantwoord");

        private final String kolom;

        Contactverzoekteller(String kolom) {
            this.kolom = kolom;
        }
    }

    /** The three NPS groups of a measuring round (table nps_per_ronde), by their column. */
    enum Npsgroep {
        PROMOTORS("promotors"), PASSIEF("passief"), CRITICASTERS("criticasters");

        private final String kolom;

        Npsgroep(String kolom) {
            this.kolom = kolom;
        }
    }

    private final EntityManager em;

    Realisatietellers(EntityManager em) {
        this.em = em;
    }

    void telPlaatsing(String regio, LocalDate maand, String gemeente, String doelgroep, boolean metIba, boolean banenafspraak) {
        em.createNativeQuery("""
                        INSERT INTO plaatsingen_per_gemeente AS t (regio, maand, gemeente, doelgroep, met_iba, banenafspraak, aantal)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)
                        ON CONFLICT (regio, maand, gemeente, doelgroep, met_iba, banenafspraak) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, regio).setParameter(2, maand).setParameter(3, gemeente)
                .setParameter(4, doelgroep).setParameter(5, metIba).setParameter(6, banenafspraak)
                .executeUpdate();
    }

    void telBanenafspraak(String regio, LocalDate maand) {
        em.createNativeQuery("""
                        INSERT INTO banenafspraak_per_maand AS t (regio, maand, aantal) VALUES (?1, ?2, 1)
                        ON CONFLICT (regio, maand) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, regio).setParameter(2, maand)
                .executeUpdate();
    }

    void telPlaatsingVanPartner(String partner, LocalDate maand, String regio, String doelgroep, boolean metIba, boolean banenafspraak) {
        em.createNativeQuery("""
                        INSERT INTO plaatsingen_per_partner AS t (partner, maand, regio, doelgroep, met_iba, banenafspraak, aantal)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)
                        ON CONFLICT (partner, maand, regio, doelgroep, met_iba, banenafspraak) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, partner).setParameter(2, maand).setParameter(3, regio)
                .setParameter(4, doelgroep).setParameter(5, metIba).setParameter(6, banenafspraak)
                .executeUpdate();
    }

    void telBeeindiging(String regio, LocalDate startmaand, String gemeente, boolean binnenZesMaanden, boolean naarAnderWerk) {
        em.createNativeQuery("""
                        INSERT INTO beeindigingen_per_maand AS t (regio, startmaand, gemeente, binnen_zes_maanden, aantal, naar_ander_werk)
                        VALUES (?1, ?2, ?3, ?4, 1, ?5)
                        ON CONFLICT (regio, startmaand, gemeente, binnen_zes_maanden)
                        DO UPDATE SET aantal = t.aantal + 1, naar_ander_werk = t.naar_ander_werk + EXCLUDED.naar_ander_werk""")
                .setParameter(1, regio).setParameter(2, startmaand).setParameter(3, gemeente).setParameter(4, binnenZesMaanden)
                .setParameter(5, naarAnderWerk ? 1 : 0).executeUpdate();
    }

    /** Guaranteed jobs are counted in positions, as the placements that fill them are (one placement, one position). */
    void telVacatureGeopend(String regio, LocalDate maand, int posities, boolean geschiktVoorBanenafspraak) {
        vacatures(regio, maand, """
                geopend = t.geopend + EXCLUDED.geopend, posities_geopend = t.posities_geopend + EXCLUDED.posities_geopend,
                geschikt_banenafspraak = t.geschikt_banenafspraak + EXCLUDED.geschikt_banenafspraak,
                posities_geschikt_banenafspraak = t.posities_geschikt_banenafspraak + EXCLUDED.posities_geschikt_banenafspraak""",
                1, posities, geschiktVoorBanenafspraak ? 1 : 0, geschiktVoorBanenafspraak ? posities : 0, 0, 0, 0);
    }

    void telBreedUitgezet(String regio, LocalDate maand) {
        vacatures(regio, maand, "breed_uitgezet = t.breed_uitgezet + 1", 0, 0, 0, 0, 1, 0, 0);
    }

    void telVervuld(String regio, LocalDate maand, int posities) {
        vacatures(regio, maand, "vervuld = t.vervuld + 1, posities_vervuld = t.posities_vervuld + EXCLUDED.posities_vervuld",
                0, 0, 0, 0, 0, 1, posities);
    }

    private void vacatures(String regio, LocalDate maand, String bijwerken, int geopend, int posities, int geschikt,
                           int positiesGeschikt, int breed, int vervuld, int positiesVervuld) {
        em.createNativeQuery("""
                        INSERT INTO vacatures_per_maand AS t (regio, maand, geopend, posities_geopend, geschikt_banenafspraak,
                                                              posities_geschikt_banenafspraak, breed_uitgezet, vervuld, posities_vervuld)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (regio, maand) DO UPDATE SET
                        """ + bijwerken)
                .setParameter(1, regio).setParameter(2, maand)
                .setParameter(3, geopend).setParameter(4, posities).setParameter(5, geschikt).setParameter(6, positiesGeschikt)
                .setParameter(7, breed).setParameter(8, vervuld).setParameter(9, positiesVervuld)
                .executeUpdate();
    }

    void telContactmoment(String regio, LocalDate maand, String soort) {
        em.createNativeQuery("""
                        INSERT INTO contactmomenten_per_maand AS t (regio, maand, soort, aantal) VALUES (?1, ?2, ?3, 1)
                        ON CONFLICT (regio, maand, soort) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, regio).setParameter(2, maand).setParameter(3, soort)
                .executeUpdate();
    }

    /** Raises these counters of the month's contact requests together, in one statement. */
    void telContactverzoek(String regio, LocalDate maand, List<Contactverzoekteller> tellers) {
        List<String> kolommen = tellers.stream().map(t -> t.kolom).toList();
        String namen = String.join(", ", kolommen);
        String enen = String.join(", ", kolommen.stream().map(k -> "1").toList());
        String bijwerken = String.join(", ", kolommen.stream().map(k -> k + " = t." + k + " + 1").toList());
        em.createNativeQuery("INSERT INTO contactverzoeken_per_maand AS t (regio, maand, " + namen + ") VALUES (?1, ?2, " + enen + ") "
                        + "ON CONFLICT (regio, maand) DO UPDATE SET " + bijwerken)
                .setParameter(1, regio).setParameter(2, maand)
                .executeUpdate();
    }

    void telNps(String regio, String meetronde, Npsgroep groep) {
        String kolom = groep.kolom;
        em.createNativeQuery("INSERT INTO nps_per_ronde AS t (regio, meetronde, " + kolom + ") VALUES (?1, ?2, 1) "
                        + "ON CONFLICT (regio, meetronde) DO UPDATE SET " + kolom + " = t." + kolom + " + 1")
                .setParameter(1, regio).setParameter(2, meetronde)
                .executeUpdate();
    }

    /** The same count per sector of the responding employer (table nps_per_sector_ronde). */
    void telNpsInSector(String regio, String sector, String meetronde, Npsgroep groep) {
        String kolom = groep.kolom;
        em.createNativeQuery("INSERT INTO nps_per_sector_ronde AS t (regio, sector, meetronde, " + kolom + ") VALUES (?1, ?2, ?3, 1) "
                        + "ON CONFLICT (regio, sector, meetronde) DO UPDATE SET " + kolom + " = t." + kolom + " + 1")
                .setParameter(1, regio).setParameter(2, sector).setParameter(3, meetronde)
                .executeUpdate();
    }
}
