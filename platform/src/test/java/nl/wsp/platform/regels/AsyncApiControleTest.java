package nl.wsp.platform.regels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsyncApiControleTest {

    private static final String CONFIG = """
            wsp.platform.outbox.topics=wsp.x.dingen, wsp.x.zaken
            mp.messaging.incoming.partners.connector=smallrye-kafka
            mp.messaging.incoming.partners.topic=wsp.account.partners
            mp.messaging.incoming.partners.dead-letter-queue.topic=wsp.x.dead-letters
            mp.messaging.incoming.alles.topics=wsp.a.b,wsp.c.d
            %test.mp.messaging.incoming.partners.topic=iets-anders
            """;

    private static final String DOCUMENT = """
            asyncapi: 3.0.0
            channels:
              dingen: {address: wsp.x.dingen}
              zaken: {address: wsp.x.zaken}
              dood: {address: wsp.x.dead-letters}
              partners: {address: wsp.account.partners}
              ab: {address: wsp.a.b}
              cd: {address: wsp.c.d}
            operations:
              a: {action: send, channel: {$ref: '#/channels/dingen'}}
              b: {action: send, channel: {$ref: '#/channels/zaken'}}
              c: {action: send, channel: {$ref: '#/channels/dood'}}
              d: {action: receive, channel: {$ref: '#/channels/partners'}}
              e: {action: receive, channel: {$ref: '#/channels/ab'}}
              f: {action: receive, channel: {$ref: '#/channels/cd'}}
            """;

    @TempDir
    Path map;

    @Test
    void de_configuratie_levert_de_outbox_topics_de_dead_letters_en_de_gelezen_topics() throws IOException {
        AsyncApiControle.Kanalen code = AsyncApiControle.uitConfiguratie(schrijf("application.properties", CONFIG));
        assertThat(code.verstuurd()).containsExactlyInAnyOrder("wsp.x.dingen", "wsp.x.zaken", "wsp.x.dead-letters");
        assertThat(code.ontvangen()).containsExactlyInAnyOrder("wsp.account.partners", "wsp.a.b", "wsp.c.d");
    }

    @Test
    void een_document_dat_de_code_beschrijft_klopt() throws IOException {
        AsyncApiControle.controleer(schrijf("s.yaml", DOCUMENT), schrijf("application.properties", CONFIG));
    }

    @Test
    void een_document_dat_een_gepubliceerd_topic_mist_wordt_geweigerd() throws IOException {
        Path document = schrijf("s.yaml", DOCUMENT.replace("  b: {action: send, channel: {$ref: '#/channels/zaken'}}\n", ""));
        assertThatThrownBy(() -> AsyncApiControle.controleer(document, schrijf("application.properties", CONFIG)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("wsp.x.zaken");
    }

    @Test
    void een_document_dat_een_topic_leest_dat_de_code_niet_leest_wordt_geweigerd() throws IOException {
        Path config = schrijf("application.properties", CONFIG.replace("mp.messaging.incoming.alles.topics=wsp.a.b,wsp.c.d\n",
                "mp.messaging.incoming.alles.topics=wsp.a.b\n"));
        assertThatThrownBy(() -> AsyncApiControle.controleer(schrijf("s.yaml", DOCUMENT), config))
                .isInstanceOf(AssertionError.class).hasMessageContaining("wsp.c.d");
        assertThat(AsyncApiControle.uitAsyncApi(schrijf("s.yaml", DOCUMENT)).ontvangen()).isEqualTo(Set.of("wsp.account.partners", "wsp.a.b", "wsp.c.d"));
    }

    private static final String BERICHTEN = """
            asyncapi: 3.0.0
            channels:
              dingen:
                address: wsp.x.dingen
                messages:
                  gedaan: {$ref: '#/components/messages/nl.werkgeversdienstverlening.dingen.gedaan.v1'}
              partners:
                address: wsp.account.partners
                messages:
                  geregistreerd: {$ref: 'account-service.yaml#/components/messages/nl.werkgeversdienstverlening.partners.geregistreerd.v1'}
            operations:
              a: {action: send, channel: {$ref: '#/channels/dingen'}, messages: [{$ref: '#/channels/dingen/messages/gedaan'}]}
              d: {action: receive, channel: {$ref: '#/channels/partners'}, messages: [{$ref: '#/channels/partners/messages/geregistreerd'}]}
            components:
              messages:
                nl.werkgeversdienstverlening.dingen.gedaan.v1:
                  name: nl.werkgeversdienstverlening.dingen.gedaan.v1
                  payload:
                    type: object
                    required: [type, data]
                    properties:
                      type: {const: nl.werkgeversdienstverlening.dingen.gedaan.v1}
                      data: {type: object, required: [n]}
                  examples:
                    - payload: {type: nl.werkgeversdienstverlening.dingen.gedaan.v1, data: {n: 1}}
            """;

    private static final String CODE = """
            class Dingen {
                static final String GEDAAN = "nl.werkgeversdienstverlening.dingen.gedaan.v1";
                static final String PARTNER = "nl.werkgeversdienstverlening.partners.geregistreerd.v1";
            }
            """;

    @Test
    void berichten_die_de_code_noemt_met_type_data_en_voorbeeld_kloppen() throws IOException {
        AsyncApiControle.controleerBerichten(schrijf("s.yaml", BERICHTEN), code(CODE));
    }

    @Test
    void een_type_dat_de_code_noemt_en_het_document_niet_wordt_geweigerd() throws IOException {
        Path code = code(CODE.replace("}\n", "    static final String NIEUW = \"nl.werkgeversdienstverlening.dingen.vergeten.v1\";\n}\n"));
        assertThatThrownBy(() -> AsyncApiControle.controleerBerichten(schrijf("s.yaml", BERICHTEN), code))
                .isInstanceOf(AssertionError.class).hasMessageContaining("nl.werkgeversdienstverlening.dingen.vergeten.v1");
    }

    @Test
    void wie_het_adviseursleesmodel_van_het_frame_voedt_ontvangt_zijn_type_ook_zonder_de_letterlijke_tekst() throws IOException {
        Path code = code(CODE.replace("class Dingen {", "import nl.wsp.platform.bekenden.Adviseurs;\nclass Dingen {"));
        assertThat(AsyncApiControle.typesUitCode(code)).contains("nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1");
        assertThatThrownBy(() -> AsyncApiControle.controleerBerichten(schrijf("s.yaml", BERICHTEN), code))
                .isInstanceOf(AssertionError.class).hasMessageContaining("nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1");
    }

    @Test
    void een_gepubliceerd_bericht_zonder_voorbeeld_of_met_een_fout_voorbeeld_wordt_geweigerd() throws IOException {
        Path zonder = schrijf("s.yaml", BERICHTEN.replace("examples:", "x-geen-voorbeelden:"));
        assertThatThrownBy(() -> AsyncApiControle.controleerBerichten(zonder, code(CODE)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no example");
        Path fout = schrijf("f.yaml", BERICHTEN.replace("data: {n: 1}", "data: {m: 1}"));
        assertThatThrownBy(() -> AsyncApiControle.controleerBerichten(fout, code(CODE)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("example");
    }

    @Test
    void een_gepubliceerd_bericht_zonder_type_const_wordt_geweigerd() throws IOException {
        Path zonder = schrijf("s.yaml", BERICHTEN.replace("type: {const: nl.werkgeversdienstverlening.dingen.gedaan.v1}", "type: {type: string}"));
        assertThatThrownBy(() -> AsyncApiControle.controleerBerichten(zonder, code(CODE)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("type const");
    }

    private Path code(String inhoud) throws IOException {
        Path bron = Files.createDirectories(map.resolve("src-" + System.nanoTime()));
        Files.writeString(bron.resolve("Dingen.java"), inhoud);
        return bron;
    }

    private Path schrijf(String naam, String inhoud) throws IOException {
        return Files.writeString(map.resolve(naam), inhoud);
    }
}
