package nl.wsp.vacancy;

import nl.wsp.platform.regels.Architectuurtoetsen;

import java.util.Set;

/**
 * The architecture rules of every service, from the frame's test jar (nl.wsp.platform.regels): the same rules in all
 * four services. Named here: the only classes that may use native SQL or JDBC, each naming in its Javadoc the benchmark
 * of docs/performance.md (or, for {@code Idempotentiesleutels}, the atomic claim) that needs it; no entity has
 * public fields any more (issue 12, item 2: one persistence style, docs/adr/0026; the list only shrinks).
 */
class ArchitectuurTest extends Architectuurtoetsen {

    ArchitectuurTest() {
        super("nl.wsp.vacancy",
                Set.of("BreedUitzetter", // BreedUitzettenBenchmark: the due batch FOR UPDATE SKIP LOCKED
                        "VacatureEvents", // BreedUitzettenBenchmark, BreedUitzetLatentieBenchmark: feed and deliveries, INSERT … SELECT per batch
                        "WebhookBezorger", // BreedUitzetLatentieBenchmark: the claim with SKIP LOCKED
                        "EscoLoader", // start-up of ./wsp up: COPY of the ESCO taxonomy
                        "Idempotentiesleutels", // the atomic claim of an Idempotency-Key (INSERT … ON CONFLICT)
                        "RegioInstellingRepository"), // a region's row created if absent before it is locked (INSERT … ON CONFLICT DO NOTHING)
                Set.of());
    }
}
