package nl.wsp.referentie;

import org.junit.jupiter.api.Test;

import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;

class DienstencatalogusTest {

    @Test
    void everyServiceHasAUniqueKebabCodeASourceDocumentAQuoteAndAVersion() {
        assertThat(Diensten.alle()).isNotEmpty();
        assertThat(new HashSet<>(Diensten.codes())).hasSameSizeAs(Diensten.codes());
        for (Diensten.Dienst d : Diensten.alle()) {
            assertThat(d.code()).as(d.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(d.bron()).as(d.code()).matches("00[0-4]");
            assertThat(d.citaat()).as(d.code()).isNotBlank();
            assertThat(d.versie()).as(d.code()).isBetween(1, Diensten.versie());
        }
    }

    @Test
    void theSuwiBasicPackageOfSource001AndTheInclusiveWorkServicesTheIssueNamesAreInTheCatalogue() {
        assertThat(Diensten.alle().stream().filter(Diensten.Dienst::basispakket).map(Diensten.Dienst::code))
                .containsExactly("voordragen-kandidaten", "nazorg", "voorlichting-instrumenten", "advies-instrumenten",
                        "advies-organisatie-van-werk", "arbeidsmarktinformatie");
        assertThat(Diensten.codes()).contains("jobcarving", "inclusieve-arbeidsanalyse", "bedrijfsadvies-inclusieve-organisatie",
                "werving-en-selectie");
        assertThat(Diensten.dienst("jobcarving")).get().extracting(Diensten.Dienst::bron).isEqualTo("002");
        assertThat(Diensten.dienst("bestaat-niet")).isEmpty();
        assertThat(Diensten.versie()).isEqualTo(1);
    }
}
