package nl.wsp.matching.matchen.regels;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GeschiktheidTest {

    static final String HEFTRUCKCHAUFFEUR = "http://data.europa.eu/esco/occupation/heftruck";
    static final String MAGAZIJNMEDEWERKER = "http://data.europa.eu/esco/occupation/magazijn";
    static final String KOK = "http://data.europa.eu/esco/occupation/kok";
    static final String HEFTRUCK_RIJDEN = "skill:heftruck-rijden";
    static final String VOORRAAD = "skill:voorraadbeheer";
    static final String VEILIGHEID = "skill:veiligheidsvoorschriften";
    static final String SCANNER = "skill:handscanner";

    static final Map<String, String> ISCO = Map.of(HEFTRUCKCHAUFFEUR, "8344", MAGAZIJNMEDEWERKER, "8344", KOK, "5120");
    final Geschiktheid geschiktheid = new Geschiktheid(ISCO::get);

    static Vacatureprofiel heftruckVacature() {
        return new Vacatureprofiel(HEFTRUCKCHAUFFEUR, "8344", Set.of(HEFTRUCK_RIJDEN, VOORRAAD, VEILIGHEID), Set.of(SCANNER),
                32, "Amersfoort", false, "mbo-2", "gemeente-amersfoort");
    }

    static Kandidaatprofiel kandidaat(String partner, String woongemeente, Set<String> beroepen, Set<String> isco,
                                      Set<String> vaardigheden, Map<String, Double> ervaring, String opleiding) {
        return new Kandidaatprofiel(UUID.randomUUID(), partner, woongemeente, beroepen, isco, vaardigheden, ervaring,
                opleiding, 36, true, 25, Set.of(), Set.of(), Set.of());
    }

    @Test
    void een_uitgewerkt_voorbeeld_telt_elke_factor_en_legt_hem_uit() {
        Kandidaatprofiel k = kandidaat("uwv-amersfoort", "Leusden", Set.of(HEFTRUCKCHAUFFEUR), Set.of("8344"),
                Set.of(HEFTRUCK_RIJDEN, VOORRAAD, SCANNER), Map.of(HEFTRUCKCHAUFFEUR, 2.0), "mbo-1");

        Geschiktheid.Score score = geschiktheid.score(heftruckVacature(), k);

        // beroep 35 + vereist 2/3 × 30 = 20 + gewenst 1/1 × 10 + ervaring 2/5 × 15 = 6 + opleiding één niveau onder: 5
        assertThat(score.totaal()).isEqualTo(76.0);
        assertThat(score.factoren()).extracting(Geschiktheid.Factor::naam, Geschiktheid.Factor::bijdrage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("beroep", 35.0),
                org.assertj.core.groups.Tuple.tuple("vereiste-vaardigheden", 20.0),
                org.assertj.core.groups.Tuple.tuple("gewenste-vaardigheden", 10.0),
                org.assertj.core.groups.Tuple.tuple("werkervaring", 6.0),
                org.assertj.core.groups.Tuple.tuple("opleiding", 5.0));
        assertThat(score.gematchteVaardigheden()).containsExactlyInAnyOrder(HEFTRUCK_RIJDEN, VOORRAAD, SCANNER);
        assertThat(score.ontbrekendeVaardigheden()).containsExactly(VEILIGHEID);
    }

    @Test
    void een_beroep_in_dezelfde_isco_groep_telt_minder_dan_hetzelfde_beroep() {
        Kandidaatprofiel zelfde = kandidaat("p", "Amersfoort", Set.of(HEFTRUCKCHAUFFEUR), Set.of("8344"), Set.of(), Map.of(), "mbo-2");
        Kandidaatprofiel verwant = kandidaat("p", "Amersfoort", Set.of(MAGAZIJNMEDEWERKER), Set.of("8344"), Set.of(), Map.of(), "mbo-2");
        Kandidaatprofiel anders = kandidaat("p", "Amersfoort", Set.of(KOK), Set.of("5120"), Set.of(), Map.of(), "mbo-2");

        assertThat(geschiktheid.score(heftruckVacature(), zelfde).factoren().get(0).bijdrage()).isEqualTo(35.0);
        assertThat(geschiktheid.score(heftruckVacature(), verwant).factoren().get(0).bijdrage()).isEqualTo(20.0);
        assertThat(geschiktheid.score(heftruckVacature(), anders).factoren().get(0).bijdrage()).isZero();
    }

    @Test
    void woonplaats_en_aanmeldende_organisatie_veranderen_de_geschiktheid_niet() {
        Set<String> vaardigheden = Set.of(HEFTRUCK_RIJDEN, VEILIGHEID);
        Kandidaatprofiel amersfoorter = kandidaat("gemeente-amersfoort", "Amersfoort", Set.of(HEFTRUCKCHAUFFEUR), Set.of("8344"),
                vaardigheden, Map.of(HEFTRUCKCHAUFFEUR, 4.0), "mbo-2");
        Kandidaatprofiel nijkerker = kandidaat("uwv-amersfoort", "Nijkerk", Set.of(HEFTRUCKCHAUFFEUR), Set.of("8344"),
                vaardigheden, Map.of(HEFTRUCKCHAUFFEUR, 4.0), "mbo-2");

        assertThat(geschiktheid.score(heftruckVacature(), nijkerker))
                .isEqualTo(geschiktheid.score(heftruckVacature(), amersfoorter));
    }

    @Test
    void ervaring_in_een_verwant_beroep_telt_half_en_ervaring_is_begrensd() {
        Kandidaatprofiel verwant = kandidaat("p", "Amersfoort", Set.of(), Set.of(), Set.of(), Map.of(MAGAZIJNMEDEWERKER, 4.0), "mbo-2");
        Kandidaatprofiel veteraan = kandidaat("p", "Amersfoort", Set.of(), Set.of(), Set.of(), Map.of(HEFTRUCKCHAUFFEUR, 20.0), "mbo-2");

        assertThat(geschiktheid.score(heftruckVacature(), verwant).factoren().get(3).bijdrage()).isEqualTo(6.0);
        assertThat(geschiktheid.score(heftruckVacature(), veteraan).factoren().get(3).bijdrage()).isEqualTo(15.0);
    }
}
