package nl.wsp.account.events;

import nl.wsp.account.sroi.SroiVerplichtingGegevens;
import nl.wsp.account.adviseur.AdviseurGeregistreerd;
import nl.wsp.account.contactmoment.ContactmomentGeregistreerd;
import nl.wsp.account.contactverzoek.ContactverzoekBeantwoord;
import nl.wsp.account.contactverzoek.ContactverzoekOntvangen;
import nl.wsp.account.contactverzoek.ContactverzoekTermijnVerstreken;
import nl.wsp.account.nps.NpsResponsGeregistreerd;
import nl.wsp.account.evenement.AanwezigheidVastgelegd;
import nl.wsp.account.evenement.EvenementGeregistreerd;
import nl.wsp.account.partner.PartnerGeactiveerd;
import nl.wsp.account.partner.PartnerGedeactiveerd;
import nl.wsp.account.partner.PartnerGeregistreerd;
import nl.wsp.account.partner.PartnerUitvoeringGewijzigd;
import nl.wsp.account.werkgever.AccountmanagerToegewezen;
import nl.wsp.account.werkgever.WerkgeverGeregistreerd;
import nl.wsp.account.werkgever.WerkgeverGewijzigd;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event this service publishes is in the catalogue (docs/events.md) and the AsyncAPI document, on its topic. */
class EventCatalogusTest {

    static final Map<String, String> TYPE_NAAR_TOPIC = Map.ofEntries(
            Map.entry(PartnerGeregistreerd.TYPE, PartnerGeregistreerd.TOPIC),
            Map.entry(PartnerGedeactiveerd.TYPE, PartnerGedeactiveerd.TOPIC),
            Map.entry(PartnerGeactiveerd.TYPE, PartnerGeactiveerd.TOPIC),
            Map.entry(PartnerUitvoeringGewijzigd.TYPE, PartnerUitvoeringGewijzigd.TOPIC),
            Map.entry(AdviseurGeregistreerd.TYPE, AdviseurGeregistreerd.TOPIC),
            Map.entry(WerkgeverGeregistreerd.TYPE, WerkgeverGeregistreerd.TOPIC),
            Map.entry(WerkgeverGewijzigd.TYPE, WerkgeverGewijzigd.TOPIC),
            Map.entry(AccountmanagerToegewezen.TYPE, AccountmanagerToegewezen.TOPIC),
            Map.entry(ContactmomentGeregistreerd.TYPE, ContactmomentGeregistreerd.TOPIC),
            Map.entry(ContactverzoekOntvangen.TYPE, ContactverzoekOntvangen.TOPIC),
            Map.entry(ContactverzoekBeantwoord.TYPE, ContactverzoekBeantwoord.TOPIC),
            Map.entry(ContactverzoekTermijnVerstreken.TYPE, ContactverzoekTermijnVerstreken.TOPIC),
            Map.entry(NpsResponsGeregistreerd.TYPE, NpsResponsGeregistreerd.TOPIC),
            Map.entry(EvenementGeregistreerd.TYPE, EvenementGeregistreerd.TOPIC),
            Map.entry(AanwezigheidVastgelegd.TYPE, AanwezigheidVastgelegd.TOPIC),
            Map.entry(SroiVerplichtingGegevens.VASTGELEGD, SroiVerplichtingGegevens.TOPIC),
            Map.entry(SroiVerplichtingGegevens.GEWIJZIGD, SroiVerplichtingGegevens.TOPIC));

    @Test
    void elk_gepubliceerd_event_staat_in_events_md_en_in_de_asyncapi_op_zijn_topic() throws IOException {
        String catalogus = Files.readString(Path.of("../docs/events.md"));
        String sectie = catalogus.substring(catalogus.indexOf("## account-service"), catalogus.indexOf("## vacancy-service"));
        String asyncapi = Files.readString(Path.of("../docs/asyncapi/account-service.yaml"));
        TYPE_NAAR_TOPIC.forEach((type, topic) -> {
            assertThat(sectie).as(type).containsPattern("`" + java.util.regex.Pattern.quote(topic) + "`[^\\n]*`" + java.util.regex.Pattern.quote(type) + "`");
            assertThat(asyncapi).as(type).contains("name: " + type).contains("address: " + topic);
        });
    }
}
