package nl.wsp.matching.platform;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.platform.regels.Conventietoetsen;

/** The HTTP conventions of every service (nl.wsp.platform.regels.Conventietoetsen), on this service's configuration. */
@QuarkusTest
class ConventiesTest extends Conventietoetsen {
}
