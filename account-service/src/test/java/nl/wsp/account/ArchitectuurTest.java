package nl.wsp.account;

import nl.wsp.platform.regels.Architectuurtoetsen;

import java.util.Set;

/**
 * The architecture rules of every service, from the frame's test jar (nl.wsp.platform.regels): the same rules in all
 * four services. Named here: the classes that hold this service's SQL, each for a need JPQL cannot meet (ADR 0026,
 * docs/performance.md), and the entities that still have public fields (issue 12, item 2: one persistence style).
 */
class ArchitectuurTest extends Architectuurtoetsen {

    ArchitectuurTest() {
        super("nl.wsp.account",
                Set.of("WerkgeverZoeken", // the forgiving name search, pg_trgm %> over the GIN index: AccountBenchmark
                        "TeMarkerenVerzoeken"), // the 24-hour watcher's batch FOR UPDATE SKIP LOCKED: AccountBenchmark
                Set.of());
    }
}
