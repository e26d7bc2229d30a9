package nl.wsp.matching;

import nl.wsp.platform.regels.Architectuurtoetsen;

import java.util.Set;

/**
 * The architecture rules of every service, from the frame's test jar (nl.wsp.platform.regels): the same rules in all
 * four services. Named here: the only classes that may use native SQL or JDBC (docs/adr/0026); no entity has public fields any more
 * (issue 12, item 2: one persistence style; the list only shrinks).
 */
class ArchitectuurTest extends Architectuurtoetsen {

    ArchitectuurTest() {
        super("nl.wsp.matching",
                Set.of(
                        "Voorselectie", // the pre-selection over the projection's GIN keys (MatchBenchmark)
                        "OpgeslagenKandidaatprofielen", // the picked profiles read in one statement (MatchBenchmark)
                        "KandidaatRepository", // the bulk intake's one statement per batch (KandidaatIntakeBenchmark) and the per-partner advisory lock of the feed
                        "MatchprojectieHerbouw", // start-up: missing projections written set-based in batches along the key, idempotent (no JPQL INSERT … SELECT over arrays)
                        "Bemiddelingsgegevens", // the vacancy and candidate rows a proposal reads, FOR UPDATE; not yet on entities (kandidaat has none)
                        "EscoCatalogus", // pg_trgm similarity, one query per batch (KandidaatIntakeBenchmark)
                        "EscoZoeken", // pg_trgm prefix and similarity search, no JPQL form
                        "EscoImport", // PostgreSQL COPY of the ESCO taxonomy under an advisory lock (start-up of ./wsp up)
                        "Referentiedata", // the reference file at start-up: advisory lock and INSERT … ON CONFLICT, for replicas starting at once
                        "Veegwerk", // retention: the advisory lock and set_config have no JPQL form; its kandidaat claim and inbox delete wait for entities
                        "EventPseudoniemen", // atomicity: INSERT … ON CONFLICT DO NOTHING claims a candidate's event key once
                        "Doelstellingstanden", // atomicity: INSERT … ON CONFLICT DO UPDATE of the lag and progress read models from reporting's events
                        "Vacatureopslag", // atomicity: INSERT … ON CONFLICT DO UPDATE … WHERE open of the vacancy copy from vacancy's events
                        "Kandidatenpool" // the pool's counts: a GROUP BY over kandidaat (no entity) and an upsert of the published hash (ADR 0043)
                ),
                Set.of());
    }
}
