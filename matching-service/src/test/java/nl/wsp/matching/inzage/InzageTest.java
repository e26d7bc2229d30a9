package nl.wsp.matching.inzage;

import nl.wsp.matching.TestBellers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.matchen.regels.Prioriteitsregels;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, items 3 and 6: the inzage answers everything matching-service holds on the candidate, as JSON and as a
 * printable page; a proposal records the decision that placed the candidate, as the match answer gave it; the
 * processing log keeps its rows for the configured period and no longer.
 */
@QuarkusTest
class InzageTest {

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;
    @Inject
    Verwerkingslogboek logboek;

    @BeforeEach
    void klokVast() {
        klok.zetOp(Stroom.T);
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    /** Candidate, proposal (hired), two deployments (one approved with an amount, one rejected with a reason), placement, check-in. */
    private Stroom doorlopen() {
        Stroom s = new Stroom(em);
        s.kandidaat();
        s.vacature();
        s.draagVoor().statusCode(201);
        s.uitkomst("aangenomen").statusCode(200);
        s.instrument();
        s.inzet = s.vraagInzetAan().statusCode(201).extract().path("id");
        s.besluit(s.inzet, "goedkeuring", null).statusCode(200);
        s.afgewezenInzet = s.vraagInzetAan().statusCode(201).extract().path("id");
        s.besluit(s.afgewezenInzet, "afwijzing", "past niet in het budget").statusCode(200);
        s.plaats().statusCode(201);
        klok.zetOp(Instant.parse("2031-07-01T08:00:00Z"));
        s.nazorg("reistijd valt zwaar").statusCode(200);
        return s;
    }

    @Test
    void de_inzage_geeft_alles_wat_de_matching_service_over_de_kandidaat_bewaart() {
        Stroom s = doorlopen();
        JsonPath inzage = given().auth().oauth2(s.partnersysteem()).get("/api/v1/kandidaten/{id}/inzage", s.kandidaat)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();

        assertThat(inzage.getString("kandidaat.id")).isEqualTo(s.kandidaat.toString());
        assertThat(inzage.getString("kandidaat.naam.achternaam")).isEqualTo("El Amrani");
        assertThat(inzage.getString("kandidaat.leefgebieden[0].notitie")).contains("Schuldhulpverlening");
        assertThat(inzage.getList("voordrachten.id")).containsExactly(s.voordracht);
        assertThat(inzage.getString("voordrachten[0].toelichting")).isEqualTo("gesprek ging goed");
        assertThat(inzage.getInt("voordrachten[0].besluit.rang")).isEqualTo(1);
        assertThat(inzage.getString("voordrachten[0].besluit.regelsVersie")).isEqualTo(Prioriteitsregels.VERSIE_V2); // the default (ADR 0027)
        assertThat(inzage.getList("voordrachten[0].besluit.factoren.naam")).contains("beroep");
        assertThat(inzage.getList("plaatsingen.id")).containsExactly(s.plaatsing);
        assertThat(inzage.getList("instrumentInzetten.id")).containsExactlyInAnyOrder(s.inzet, s.afgewezenInzet);
        String goedgekeurd = "instrumentInzetten.find { it.id == '" + s.inzet + "' }";
        String afgewezen = "instrumentInzetten.find { it.id == '" + s.afgewezenInzet + "' }";
        assertThat(inzage.getDouble(goedgekeurd + ".bedrag")).isEqualTo(1250.0);
        assertThat(inzage.getString(goedgekeurd + ".status")).isEqualTo("goedgekeurd");
        assertThat(inzage.getString(afgewezen + ".besluitReden")).isEqualTo("past niet in het budget");
        assertThat(inzage.getList(afgewezen + ".historie.actie")).containsExactly("aangevraagd", "afgewezen");
        assertThat(inzage.getList("nazorgmomenten.maanden")).containsExactly(1, 3, 6);
        assertThat(inzage.getString("nazorgmomenten[0].notitie")).isEqualTo("reistijd valt zwaar");
        assertThat(inzage.getList("verwerkingen.actie")).contains("aangemaakt", "voorgedragen", "uitkomst-aangenomen",
                "instrument-aangevraagd", "instrument-goedgekeurd", "instrument-afgewezen", "geplaatst", "nazorg-geregistreerd");
        assertThat(inzage.getList("verwerkingen.doel")).contains("aanlevering", "bemiddeling", "instrumentinzet", "nazorg",
                "inzageverzoek");
        // its own reading is in it, with purpose and legal basis
        assertThat(inzage.getString("verwerkingen.find { it.doel == 'inzageverzoek' }.grondslag")).contains("AVG art. 15");
        assertThat(inzage.getList("andereDiensten.dienst")).containsExactly("account-service", "vacancy-service", "reporting-service");
    }

    @Test
    void de_inzage_is_ook_een_leesbare_pagina_die_niets_van_buiten_haalt() {
        Stroom s = doorlopen();
        String html = given().auth().oauth2(s.partnersysteem()).accept("text/html")
                .get("/api/v1/kandidaten/{id}/inzage", s.kandidaat)
                .then().statusCode(200).contentType("text/html").extract().asString();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("Inzage in uw gegevens", "El Amrani", "Schuldhulpverlening",
                "past niet in het budget", "reistijd valt zwaar", "prioriteit-v2", "1250", "AVG art. 15",
                "Wie uw gegevens heeft ingezien");
        assertThat(html.toLowerCase()).doesNotContain("<script", "<link", "<img", "src=", "href=", "@import", "url(");
    }

    @Test
    void html_in_de_gegevens_wordt_getoond_en_niet_uitgevoerd() {
        assertThat(InzageHtml.tekst("<script>alert('x')</script> & \"")).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;");
        assertThat(InzageHtml.label("voorgedragenOp")).isEqualTo("voorgedragen op");
    }

    @Test
    void een_andere_partner_krijgt_geen_inzage_en_dat_laat_geen_regel_na() {
        Stroom s = new Stroom(em);
        UUID k = s.kandidaat();
        long voor = s.logregels(k);
        given().auth().oauth2(TestBellers.partnersysteem("gemeente-vreemd")).get("/api/v1/kandidaten/{id}/inzage", k)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestBellers.adviseur("gemeente-vreemd")).accept("text/html").get("/api/v1/kandidaten/{id}/inzage", k)
                .then().statusCode(404);
        assertThat(s.logregels(k)).isEqualTo(voor);
    }

    @Test
    void een_voordracht_legt_rang_geschiktheid_regel_en_versie_vast_zoals_de_match_ze_gaf() {
        Stroom s = new Stroom(em);
        s.kandidaat();
        s.vacature();
        JsonPath match = given().auth().oauth2(s.adviseur()).get("/api/v1/vacatures/{id}/matches", s.vacature)
                .then().statusCode(200).extract().jsonPath();
        String kid = s.kandidaat.toString();
        JsonPath voordracht = s.draagVoor().statusCode(201).extract().jsonPath();

        assertThat(voordracht.getInt("besluit.rang")).isEqualTo(match.getInt("resultaten.find { it.kandidaatId == '" + kid + "' }.rang"));
        assertThat(voordracht.getDouble("besluit.geschiktheid"))
                .isEqualTo(match.getDouble("resultaten.find { it.kandidaatId == '" + kid + "' }.geschiktheid"));
        assertThat(voordracht.getList("besluit.factoren.naam"))
                .isEqualTo(match.getList("resultaten.find { it.kandidaatId == '" + kid + "' }.factoren.naam"));
        assertThat(voordracht.getString("besluit.regelsVersie")).isEqualTo(match.getString("regelsVersie"));
        assertThat(voordracht.getString("besluit.regel")).isEqualTo("geschiktheid"); // the only candidate of its partner
        assertThat(voordracht.getBoolean("besluit.eigenBestandFase")).isTrue();
        assertThat(voordracht.getBoolean("besluit.kwetsbaar")).isTrue(); // alleenstaande ouder (rule 5)
        assertThat(s.logregels(s.kandidaat)).isEqualTo(3); // aangemaakt, gematcht, voorgedragen
        // stored with the proposal: read back as it was recorded
        JsonPath rij = given().auth().oauth2(Tokens.beheerder()).get("/api/v1/voordrachten/{id}", s.voordracht)
                .then().statusCode(200).extract().jsonPath();
        assertThat(rij.getInt("besluit.rang")).isEqualTo(voordracht.getInt("besluit.rang"));
        assertThat(rij.getDouble("besluit.geschiktheid")).isEqualTo(voordracht.getDouble("besluit.geschiktheid"));
        assertThat(rij.getString("besluit.vastgelegdOp")).isEqualTo(voordracht.getString("besluit.vastgelegdOp"));
    }

    @Test
    void een_kandidaat_die_de_harde_filters_niet_haalt_krijgt_geen_rang_maar_wel_de_reden() {
        Stroom s = new Stroom(em);
        var k = nl.wsp.matching.kandidaat.Kandidaten.volledig(nl.wsp.matching.kandidaat.Kandidaten.referentie());
        k.put("urenPerWeek", 8); // the vacancy asks 20
        s.kandidaat = nl.wsp.matching.kandidaat.Kandidaten.pushEen(s.partner, k);
        s.vacature();
        JsonPath voordracht = s.draagVoor().statusCode(201).extract().jsonPath();
        assertThat(voordracht.getString("besluit.rang")).isNull();
        assertThat(voordracht.getString("besluit.buitenRangorde")).startsWith("harde-filter:");
        assertThat(voordracht.getString("besluit.regelsVersie")).isEqualTo(Prioriteitsregels.VERSIE_V2); // the default (ADR 0027)
        assertThat(voordracht.getDouble("besluit.geschiktheid")).isPositive();
    }

    @Test
    void na_de_bewaartermijn_verdwijnt_een_logregel_en_eerder_niet() {
        Stroom s = new Stroom(em);
        UUID k = s.kandidaat(); // logged at T
        assertThat(logboek.bewaartermijn()).isEqualTo(java.time.Period.ofYears(2));

        klok.zetOp(Instant.parse("2033-05-01T08:59:59Z")); // two years less a second later (Europe/Amsterdam calendar)
        ruimAllesOp();
        assertThat(s.logregels(k)).isEqualTo(1);

        klok.verzet(Duration.ofSeconds(2));
        ruimAllesOp();
        assertThat(s.logregels(k)).isZero();
        // the candidate itself is not the log's to delete
        given().auth().oauth2(s.partnersysteem()).get("/api/v1/kandidaten/{id}", k).then().statusCode(200);
    }

    private void ruimAllesOp() {
        while (logboek.ruimOp(5_000) == 5_000) {
            // older rows of other tests go first
        }
    }
}
