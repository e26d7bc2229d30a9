package nl.wsp.platform.bekenden;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.platform.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The advisers read model of the frame: what a service's Beller asks, fed record by record as its consumer does. */
@QuarkusTest
class AdviseursTest {

    @Inject
    Adviseurs adviseurs;

    static String geregistreerd(String eventId, UUID adviseurId, String partner) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service",
                 "type":"nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1","time":"2026-12-02T10:00:00Z","subject":"%s",
                 "datacontenttype":"application/json",
                 "data":{"adviseurId":"%s","partner":"%s","naam":"Fatima el Amrani","regio":"Amersfoort"}}
                """.formatted(eventId, adviseurId, adviseurId, partner);
    }

    private void verwerk(String bericht) {
        QuarkusTransaction.requiringNew().run(() -> adviseurs.verwerk(bericht));
    }

    @Test
    void een_geregistreerde_adviseur_is_adviseur_van_zijn_partner_en_van_geen_andere() {
        UUID id = UUID.randomUUID();
        verwerk(geregistreerd(UUID.randomUUID().toString(), id, "gemeente-soest"));

        assertThat(adviseurs.partnerVan(id.toString())).contains("gemeente-soest");
        assertThat(adviseurs.eisAdviseurVan(id.toString(), "gemeente-soest")).isEqualTo(id);
        assertThatThrownBy(() -> adviseurs.eisAdviseurVan(id.toString(), "gemeente-baarn"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(403));
    }

    @Test
    void een_onbekende_of_niet_canonieke_sub_is_geen_adviseur() {
        UUID id = UUID.randomUUID();
        verwerk(geregistreerd(UUID.randomUUID().toString(), id, "gemeente-soest"));

        for (String sub : new String[] {UUID.randomUUID().toString(), "adviseur@gemeente-soest", id.toString().toUpperCase(), "", null}) {
            assertThat(adviseurs.partnerVan(sub)).as(String.valueOf(sub)).isEmpty();
            assertThatThrownBy(() -> adviseurs.eisAdviseurVan(sub, "gemeente-soest")).as(String.valueOf(sub))
                    .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        }
        assertThatThrownBy(() -> adviseurs.eisAdviseurVan(id.toString(), null)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void opnieuw_geregistreerd_werkt_de_adviseur_voor_zijn_nieuwe_partner_en_een_herhaalde_levering_verandert_niets() {
        UUID id = UUID.randomUUID();
        String eerste = geregistreerd(UUID.randomUUID().toString(), id, "gemeente-soest");
        verwerk(eerste);
        verwerk(geregistreerd(UUID.randomUUID().toString(), id, "gemeente-baarn"));
        assertThat(adviseurs.partnerVan(id.toString())).contains("gemeente-baarn");

        verwerk(eerste); // the first event again, as Kafka may deliver it: the inbox already has it
        assertThat(adviseurs.partnerVan(id.toString())).contains("gemeente-baarn");
    }

    @Test
    void een_ander_type_op_het_topic_verandert_niets_en_een_registratie_zonder_partner_is_onleesbaar() {
        UUID id = UUID.randomUUID();
        verwerk(geregistreerd(UUID.randomUUID().toString(), id, "gemeente-soest")
                .replace("adviseurs.geregistreerd.v1", "adviseurs.iets-anders.v1"));
        assertThat(adviseurs.partnerVan(id.toString())).isEmpty();

        assertThatThrownBy(() -> verwerk(geregistreerd(UUID.randomUUID().toString(), id, "gemeente-soest")
                .replace("\"partner\":\"gemeente-soest\",", ""))).isInstanceOf(IllegalArgumentException.class);
        assertThat(adviseurs.partnerVan(id.toString())).isEmpty();
    }
}
