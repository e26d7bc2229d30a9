package nl.wsp.matching.platform;

import nl.wsp.matching.TestBellers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.TestPartners;
import nl.wsp.matching.voordracht.Bemiddeling;
import nl.wsp.platform.regels.Invoerfuzz;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the live OpenAPI document, fed wrong input one part at a time (the frame's {@link Invoerfuzz}):
 * never a 5xx, every refusal problem JSON, and no refusal changes a row count of matching-service's database. The
 * tables the consumers fill from other services' events, and the match projection they drive, are not counted.
 */
@QuarkusTest
class InvoerFuzzTest {

    private static final String PARTNER = "gemeente-amersfoort";
    private static final Set<String> PARTNERSYSTEEM = Set.of("leverKandidatenAan", "trekKandidaatIn", "wisKandidaat",
            "wisKandidaatPerPost", "leesKandidaat", "leesInzage", "lijstKandidaatWijzigingen");
    private static final Set<String> BEHEERDER = Set.of("richtRegiofondsIn", "stortInRegiofonds", "leesRegiofonds");

    @Inject
    DataSource database;

    @Inject
    EntityManager em;

    @Test
    void geen_invoer_geeft_een_5xx_en_geen_weigering_laat_iets_achter() {
        TestPartners.bekend(em, PARTNER, "Amersfoort");
        Bemiddeling bemiddeling = new Bemiddeling(em);
        UUID vacature = bemiddeling.vacature(PARTNER, "Amersfoort", Instant.now().minusSeconds(3600), true, "open");
        UUID kandidaat = bemiddeling.kandidaat(PARTNER, "Amersfoort", "beschikbaar", "bijstand");
        String voordracht = Bemiddeling.draagVoor(PARTNER, vacature, kandidaat).statusCode(201).extract().path("id");

        Invoerfuzz.Resultaat resultaat = Invoerfuzz.voor(database)
                .token(op -> PARTNERSYSTEEM.contains(op.operationId()) ? TestBellers.partnersysteem(PARTNER)
                        : BEHEERDER.contains(op.operationId()) ? Tokens.beheerder("Amersfoort")
                        : TestBellers.adviseur(PARTNER))
                .pad("/api/v1/vacatures/{id}/matches", "id", vacature.toString())
                .pad("/api/v1/kandidaten/{id}/matches", "id", kandidaat.toString())
                .pad("/api/v1/kandidaten/{id}/inzage", "id", kandidaat.toString())
                .pad("/api/v1/kandidaten/{id}/intrekken", "id", kandidaat.toString())
                .pad("/api/v1/voordrachten/{id}", "id", voordracht)
                .pad("/api/v1/voordrachten/{id}/uitkomst", "id", voordracht)
                .pad("regio", "Amersfoort")
                .veld("vacatureId", vacature.toString())
                .veld("kandidaatId", kandidaat.toString())
                .veld("voordrachtId", voordracht)
                .veld("partner", PARTNER)
                .veld("regio", "Amersfoort")
                .veld("woongemeente", "Amersfoort")
                .telNiet("partner").telNiet("vacature").telNiet("inbox_event").telNiet("kandidaat_match")
                .telNiet("doelstelling_status").telNiet("doelstelling_voortgang").telNiet("gemeente").telNiet("referentie_versie")
                // ESCO: loaded from the repository's data at start-up, written by no operation (and 300,000 rows to count)
                .telNiet("esco_label").telNiet("esco_beroep_vaardigheid").telNiet("esco_vaardigheid").telNiet("esco_beroep").telNiet("esco_isco_groep")
                .run();

        System.out.println("matching-service fuzz: " + resultaat);
        resultaat.aanvaardeVarianten().forEach(v -> System.out.println("  aanvaard: " + v));
        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.vijfhonderden()).isZero();
        assertThat(resultaat.operaties()).isGreaterThanOrEqualTo(31);
        assertThat(resultaat.verzoeken()).isGreaterThan(300);
    }
}
