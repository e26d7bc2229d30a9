package nl.wsp.matching.platform;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.platform.regels.Conventietoetsen;

import java.util.Set;

/** The HTTP conventions of every service (nl.wsp.platform.regels.Conventietoetsen), on this service's configuration. */
@QuarkusTest
class ConventiesTest extends Conventietoetsen {

    /**
     * A candidate's name ({@code KandidaatWeergave.naam}): a partner system may send a first name, a surname, or either;
     * the profile's mobility and work experience answer what the partner system sent, each part of it optional as in
     * the push (the request's twin types have the same simple names, so SmallRye numbers them).
     */
    @Override
    protected Set<String> alleVeldenOptioneel() {
        return Set.of("Naam", "Naam1", "Mobiliteit", "Werkervaring"); // SmallRye numbers the second type of the same simple name
    }
}
