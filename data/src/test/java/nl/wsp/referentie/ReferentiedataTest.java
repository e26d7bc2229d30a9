package nl.wsp.referentie;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferentiedataTest {

    @Test
    void all35LabourMarketRegionsAndTheir342MunicipalitiesAreRead() {
        assertThat(Arbeidsmarktregios.regios()).hasSize(35).contains("Amersfoort", "Gooi en Vechtstreek", "Midden-Limburg",
                "Midden-Brabant", "Groot Amsterdam", "Zeeland");
        assertThat(Arbeidsmarktregios.gemeenten()).hasSize(342);
        assertThat(Arbeidsmarktregios.gemeenten()).extracting(Arbeidsmarktregios.Gemeente::code).doesNotHaveDuplicates();
        assertThat(Arbeidsmarktregios.perRegio().get("Amersfoort"))
                .containsExactly("Amersfoort", "Baarn", "Bunschoten", "Leusden", "Nijkerk", "Soest", "Woudenberg");
        assertThat(Arbeidsmarktregios.perRegio().values()).allSatisfy(g -> assertThat(g).isNotEmpty());
    }

    @Test
    void aQuotedNameWithACommaIsOneField() {
        assertThat(Arbeidsmarktregios.gemeente("Nuenen, Gerwen en Nederwetten")).get()
                .satisfies(g -> {
                    assertThat(g.regio()).isEqualTo("Zuidoost-Brabant");
                    assertThat(g.lat()).isEqualTo(51.47958);
                    assertThat(g.lon()).isEqualTo(5.55046);
                });
        assertThat(Csv.velden("a,\"b, \"\"c\"\"\",d")).containsExactly("a", "b, \"c\"", "d");
    }

    @Test
    void everyMunicipalityHasItsCentroidInTheNetherlands() {
        assertThat(Arbeidsmarktregios.gemeenten()).allSatisfy(g -> {
            assertThat(g.lat()).isBetween(50.7, 53.6);
            assertThat(g.lon()).isBetween(3.3, 7.3);
        });
    }

    @Test
    void aMunicipalityOutsideTheSeedRegionsHasItsOwnRegionAndAnUnknownNameNone() {
        assertThat(Arbeidsmarktregios.gemeente("Zwolle")).get().extracting(Arbeidsmarktregios.Gemeente::regio).isEqualTo("Regio Zwolle");
        assertThat(Arbeidsmarktregios.gemeente("Cranendonck")).get().extracting(Arbeidsmarktregios.Gemeente::regio)
                .isEqualTo("Midden-Limburg");
        for (String onbekend : List.of("Weesp", "abc", "-1", "<script>", "../../etc/passwd", "", " ")) {
            assertThat(Arbeidsmarktregios.gemeente(onbekend)).as(onbekend).isEmpty();
        }
        assertThat(Arbeidsmarktregios.gemeente(null)).isEmpty();
        assertThat(Arbeidsmarktregios.gemeentenVan("Atlantis")).isEmpty();
    }

    @Test
    void aNameMatchesInAnyCaseAndWithoutAProvinceSuffixOnlyWhenThatLeavesOneMunicipality() {
        assertThat(Arbeidsmarktregios.gemeente("  amersfoort ")).get().extracting(Arbeidsmarktregios.Gemeente::naam).isEqualTo("Amersfoort");
        assertThat(Arbeidsmarktregios.gemeente("Laren")).get().extracting(Arbeidsmarktregios.Gemeente::naam).isEqualTo("Laren (NH.)");
        assertThat(Arbeidsmarktregios.gemeente("laren (nh.)")).get().extracting(Arbeidsmarktregios.Gemeente::naam).isEqualTo("Laren (NH.)");
        assertThat(Arbeidsmarktregios.gemeente("\u2019s-Hertogenbosch")).get().extracting(Arbeidsmarktregios.Gemeente::naam)
                .isEqualTo("'s-Hertogenbosch");
        assertThat(Arbeidsmarktregios.gemeente("Bergen")).as("Bergen (NH.) and Bergen (L.)").isEmpty();
        assertThat(Arbeidsmarktregios.gemeente("Bergen (L.)")).get().extracting(Arbeidsmarktregios.Gemeente::regio).isEqualTo("Noord-Limburg");
    }

    @Test
    void theTargetGroupCodesAreTheOnesOfTheDomainBriefAndWiaWgaIsOneOfThem() {
        assertThat(Doelgroepen.codes()).containsExactly("ww", "ww-dsp", "wajong", "wia-wga", "wao", "bijstand",
                "mogelijk-bijstand", "nug", "banenafspraak", "met-iba");
        assertThat(Doelgroepen.kwetsbaar()).containsExactlyInAnyOrder("banenafspraak", "met-iba", "wajong", "wia-wga");
    }

    @Test
    void aMunicipalitysOwnPartnerNamesItsMunicipality() {
        assertThat(Arbeidsmarktregios.gemeenteVanOrganisatie("Gemeente Waalwijk")).get().extracting(Arbeidsmarktregios.Gemeente::naam)
                .isEqualTo("Waalwijk");
        assertThat(Arbeidsmarktregios.gemeenteVanOrganisatie("gemeente loon op zand")).get().extracting(Arbeidsmarktregios.Gemeente::naam)
                .isEqualTo("Loon op Zand");
        assertThat(Arbeidsmarktregios.gemeenteVanOrganisatie("Baanbrekers")).isEmpty();
        assertThat(Arbeidsmarktregios.gemeenteVanOrganisatie(null)).isEmpty();
    }
}
