package nl.wsp.matching;

import nl.wsp.platform.regels.Architectuurtoetsen;

import java.util.Set;

/**
 * The architecture rules of every service, from the frame's test jar (nl.wsp.platform.regels): the same rules in all
 * four services. Named here: the only classes that may use native SQL or JDBC (docs/adr/0026), and the entities that still have public fields
 * (issue 12, item 2: one persistence style; the list only shrinks).
 */
class ArchitectuurTest extends Architectuurtoetsen {

    ArchitectuurTest() {
        super("nl.wsp.matching",
                Set.of("Bemiddelingsgegevens", "OpgeslagenKandidaatprofielen", "MatchprojectieHerbouw", "Voorselectie", "EscoCatalogus", "EscoImport", "EscoZoeken",
                        "Referentiedata", // the start-up upsert of the reference file into the map and place tables
                        // native SQL through the EntityManager, not yet converted to Panache (issue 12 item 2, ADR 0026): the list only shrinks
                        "HandhaafBewaartermijnen",
                        "InstrumentBeslistermijn",
                        "InstrumentWissing",
                        "Instrumenten",
                        "PlaatsingWissing",
                        "PlanNazorg",
                        "VoordrachtWissing",
                        "KandidaatRepository", // the bulk intake's one statement per batch (KandidaatIntakeBenchmark) and the per-partner advisory lock of the feed
                        "EventPseudoniemen", // atomicity: INSERT … ON CONFLICT DO NOTHING claims a candidate's event key once
                        "Doelstellingstanden", // atomicity: INSERT … ON CONFLICT DO UPDATE of the lag and progress read models from reporting's events
                        "Vacatureopslag" // atomicity: INSERT … ON CONFLICT DO UPDATE … WHERE open of the vacancy copy from vacancy's events
                ),
                Set.of("Instrument",
                        "InstrumentInzet",
                        "Nazorgmoment",
                        "Plaatsing",
                        "Regiofonds",
                        "Voordracht"));
    }
}
