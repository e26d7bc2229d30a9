package nl.wsp.account.platform;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.platform.regels.Conventietoetsen;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The HTTP conventions of every service (nl.wsp.platform.regels.Conventietoetsen), on this service's configuration. */
@QuarkusTest
class ConventiesTest extends Conventietoetsen {

    /** The adviser's "seen" mark of the work list ({@code GezienWeergave.gezienTot}): absent until it is first moved. */
    @Override
    protected java.util.Set<String> alleVeldenOptioneel() {
        return java.util.Set.of("GezienWeergave");
    }

    @Test
    void de_openapi_beschrijft_de_partners() {
        given().when().get("/api/v1/openapi.json")
                .then().statusCode(200)
                .body("servers[0].url", equalTo("/api/v1"))
                .body("paths.'/partners'", notNullValue());
    }
}
