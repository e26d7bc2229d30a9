package nl.wsp.matching.kandidaat;

import nl.wsp.matching.TestBellers;
import nl.wsp.matching.matchen.Kandidaatprofielen;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.matching.matchen.regels.Kandidaatprofiel;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.kandidaat.Kandidaten.partner;
import static nl.wsp.matching.kandidaat.Kandidaten.pushEen;
import static nl.wsp.matching.kandidaat.Kandidaten.referentie;
import static nl.wsp.matching.kandidaat.Kandidaten.volledig;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class KandidaatprofielenTest {

    @Inject
    Kandidaatprofielen profielen;

    @Test
    void een_aangeleverde_kandidaat_wordt_een_matchprofiel_zonder_persoonsgegevens() {
        String partner = partner();
        UUID id = pushEen(partner, volledig(referentie()));
        Kandidaatprofiel p = profielen.van(id).orElseThrow();
        assertThat(p.partner()).isEqualTo(partner);
        assertThat(p.woongemeente()).isEqualTo("Amersfoort");
        assertThat(p.beroepen()).containsExactly(Kandidaten.SCHOONMAKER_GEBOUWEN);
        assertThat(p.iscoGroepen()).containsExactly("9112");
        assertThat(p.vaardigheden()).containsExactly(Kandidaten.HEFTRUCK_RIJDEN);
        assertThat(p.werkervaring()).containsEntry(Kandidaten.SCHOONMAKER_GEBOUWEN, 3.0);
        assertThat(p.urenPerWeek()).isEqualTo(24);
        assertThat(p.rijbewijs()).isTrue();
        assertThat(p.maximaleReisafstandKm()).isEqualTo(15);
        assertThat(p.gemeenten()).containsExactlyInAnyOrder("Leusden", "Soest");
        assertThat(p.doelgroepen()).containsExactly("bijstand");
        assertThat(p.kwetsbaarheden()).containsExactly("alleenstaande-ouder");
        assertThat(p.toString()).doesNotContain("El Amrani", "Schuldhulp");
    }

    @Test
    void uren_rijbewijs_en_intrekking_filteren_al_in_de_database() {
        String partner = partner();
        UUID id = pushEen(partner, volledig(referentie()));
        Map<String, Object> zonderRijbewijs = volledig(referentie());
        zonderRijbewijs.put("rijbewijzen", List.of());
        UUID zonder = pushEen(partner, zonderRijbewijs);

        assertThat(profielen.beschikbaar(24, false)).extracting(Kandidaatprofiel::id).contains(id, zonder);
        assertThat(profielen.beschikbaar(25, false)).extracting(Kandidaatprofiel::id).doesNotContain(id, zonder);
        assertThat(profielen.beschikbaar(8, true)).extracting(Kandidaatprofiel::id).contains(id).doesNotContain(zonder);

        given().auth().oauth2(TestBellers.partnersysteem(partner)).contentType("application/json")
                .body("{\"reden\":\"verhuisd\"}").post("/api/v1/kandidaten/" + id + "/intrekken").then().statusCode(200);
        assertThat(profielen.van(id)).isEmpty();
    }
}
