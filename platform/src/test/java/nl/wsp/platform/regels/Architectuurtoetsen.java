package nl.wsp.platform.regels;

import org.junit.jupiter.api.Test;

import java.util.Set;

/**
 * The architecture tests of every service, once: a service's {@code ArchitectuurTest} extends this and says only
 * where its code lives and what it may still differ in (named, so it stays visible and only shrinks).
 */
public abstract class Architectuurtoetsen {

    private final Architectuurregels regels;
    private final Set<String> sqlKlassen;
    private final Set<String> entiteitenMetPubliekeVelden;

    /**
     * @param root                        the service's package, e.g. {@code nl.wsp.account}
     * @param sqlKlassen                  the named classes (simple names) that may use native SQL or JDBC (ADR 0026)
     * @param entiteitenMetPubliekeVelden entities (simple names) that still have public fields
     */
    protected Architectuurtoetsen(String root, Set<String> sqlKlassen, Set<String> entiteitenMetPubliekeVelden) {
        this.regels = Architectuurregels.voor(root);
        this.sqlKlassen = sqlKlassen;
        this.entiteitenMetPubliekeVelden = entiteitenMetPubliekeVelden;
    }

    @Test
    void pakketten_hangen_niet_in_een_kring_van_elkaar_af() {
        regels.geenPakketcycli();
    }

    @Test
    void entiteiten_events_en_use_cases_kennen_geen_rest() {
        regels.alleenResourcesKennenRest();
    }

    @Test
    void alleen_de_benoemde_sql_klassen_schrijven_native_sql_of_jdbc() {
        regels.alleenDeBenoemdeSqlKlassenSchrijvenSql(sqlKlassen);
    }

    @Test
    void entiteiten_werpen_domeinexcepties_en_geen_api_problem() {
        regels.entiteitenWerpenGeenApiProblem();
    }

    @Test
    void entiteiten_hebben_geen_publieke_velden() {
        regels.entiteitenHebbenGeenPubliekeVelden(entiteitenMetPubliekeVelden);
    }

    @Test
    void de_tijd_komt_alleen_van_de_geinjecteerde_klok() {
        regels.tijdAlleenVanDeGeinjecteerdeKlok();
    }

    @Test
    void entiteiten_zijn_nooit_het_api_model() {
        regels.entiteitenZijnNooitHetApiModel();
    }

    @Test
    void alleen_de_relay_produceert_naar_kafka() {
        regels.alleenDeRelayProduceertNaarKafka();
    }

    @Test
    void elke_operatie_die_persoonsgegevens_noemt_komt_in_het_verwerkingslogboek() {
        regels.operatiesMetBetrokkenenZijnGemarkeerd();
    }
}
