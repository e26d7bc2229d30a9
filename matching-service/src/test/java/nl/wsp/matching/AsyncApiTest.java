package nl.wsp.matching;

import nl.wsp.platform.regels.AsyncApiControle;
import org.junit.jupiter.api.Test;

/** docs/asyncapi/matching-service.yaml describes exactly the topics this service publishes and consumes. */
class AsyncApiTest {

    @Test
    void het_asyncapi_document_noemt_precies_de_topics_die_de_dienst_publiceert_en_leest() {
        AsyncApiControle.controleer("matching-service");
    }
}
