package nl.wsp.platform.cloudevents;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.wsp.platform.inbox.InboundEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The NL GOV profile's rules as the frame applies them (docs/adr/0014-cloudevents-nl-gov-profile.md). */
class CloudEventsTest {

    @Test
    void de_source_is_een_urn_met_het_oin_van_de_organisatie_en_het_systeem() {
        assertThat(CloudEvents.source("00000001823288444000", "vacancy-service"))
                .isEqualTo("urn:nld:oin:00000001823288444000:systeem:vacancy-service");
    }

    @Test
    void een_oin_dat_geen_twintig_cijfers_is_wordt_geweigerd() {
        assertThatThrownBy(() -> CloudEvents.source("1234", "vacancy-service")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wsp.platform.cloudevents.oin");
        assertThatThrownBy(() -> CloudEvents.source("0000000182328844400x", "vacancy-service"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void het_dataschema_wijst_het_bericht_van_het_type_aan_in_het_asyncapi_document_van_de_producent() {
        assertThat(CloudEvents.dataschema("https://x.example/asyncapi/", "account-service", "nl.werkgeversdienstverlening.partners.geregistreerd.v1"))
                .isEqualTo("https://x.example/asyncapi/account-service.yaml#/components/messages/nl.werkgeversdienstverlening.partners.geregistreerd.v1");
        assertThat(CloudEvents.dataschema("https://x.example/asyncapi", "account-service", "t"))
                .isEqualTo("https://x.example/asyncapi/account-service.yaml#/components/messages/t");
    }

    @Test
    void een_type_van_de_vorige_vorm_krijgt_zijn_nieuwe_naam_met_het_domein_in_meervoud() {
        assertThat(CloudEvents.huidigType("nl.wsp.vacature.geopend.v1")).isEqualTo("nl.werkgeversdienstverlening.vacatures.geopend.v1");
        assertThat(CloudEvents.huidigType("nl.wsp.werkgever.accountmanager-toegewezen.v1"))
                .isEqualTo("nl.werkgeversdienstverlening.werkgevers.accountmanager-toegewezen.v1");
        assertThat(CloudEvents.huidigType("nl.wsp.contactverzoek.termijn-verstreken.v1"))
                .isEqualTo("nl.werkgeversdienstverlening.contactverzoeken.termijn-verstreken.v1");
        assertThat(CloudEvents.huidigType("nl.wsp.kandidaat.gewist.v1")).isEqualTo("nl.werkgeversdienstverlening.kandidaten.gewist.v1");
        assertThat(CloudEvents.huidigType("nl.wsp.doelstelling.status-gewijzigd.v1"))
                .isEqualTo("nl.werkgeversdienstverlening.doelstellingen.status-gewijzigd.v1");
    }

    @Test
    void een_type_van_de_nieuwe_vorm_of_een_onbekend_type_blijft_wat_het_is() {
        assertThat(CloudEvents.huidigType("nl.werkgeversdienstverlening.vacatures.geopend.v1"))
                .isEqualTo("nl.werkgeversdienstverlening.vacatures.geopend.v1");
        assertThat(CloudEvents.huidigType("nl.wsp.onbekend.gedaan.v1")).isEqualTo("nl.wsp.onbekend.gedaan.v1");
        assertThat(CloudEvents.huidigType("com.example.iets")).isEqualTo("com.example.iets");
        assertThat(CloudEvents.huidigType(null)).isNull();
    }

    @Test
    void een_consument_leest_een_event_van_de_vorige_vorm_onder_de_nieuwe_naam() {
        InboundEvent event = InboundEvent.parse(new ObjectMapper(), """
                {"specversion":"1.0","id":"e1","source":"/wsp/account-service","type":"nl.wsp.partner.geregistreerd.v1",
                 "time":"2026-11-22T10:00:00Z","subject":"p1","data":{}}""");
        assertThat(event.type()).isEqualTo("nl.werkgeversdienstverlening.partners.geregistreerd.v1");
        assertThat(event.source()).isEqualTo("/wsp/account-service");
    }
}
