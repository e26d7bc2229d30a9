package nl.wsp.vacancy.esco;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class EscoLoaderTest {

    @Inject
    EscoLoader loader;
    @Inject
    EntityManager em;

    @Test
    void esco_v1_1_1_staat_er_na_de_start_volledig_en_maar_een_keer_in() {
        assertThat(loader.load()).as("a second load of the stored version does nothing").isFalse();
        assertThat(aantal("SELECT count(*) FROM esco_beroep")).isEqualTo(3007);
        assertThat(aantal("SELECT count(*) FROM esco_vaardigheid")).isEqualTo(13896);
        assertThat(aantal("SELECT count(*) FROM esco_versie WHERE versie = 'v1.1.1+vaardigheden-nl'")).isEqualTo(1);
        assertThat(aantal("SELECT count(*) FROM esco_vaardigheid WHERE label_nl IS NOT NULL"))
                .as("the Dutch labels of data/esco/skills_nl.csv").isEqualTo(2394);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT label_nl FROM esco_beroep WHERE uri = 'http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb'")
                .getSingleResult())).isEqualTo("orderpicker");
    }

    private long aantal(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
