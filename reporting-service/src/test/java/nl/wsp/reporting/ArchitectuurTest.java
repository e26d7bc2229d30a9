package nl.wsp.reporting;

import nl.wsp.platform.regels.Architectuurtoetsen;

import java.util.Set;

/**
 * The architecture rules of every service, from the frame's test jar (nl.wsp.platform.regels): the same rules in all
 * four services. Named here: the classes that hold this service's SQL, and the entities that still have public fields
 * (issue 12, item 2: one persistence style; the list only shrinks).
 */
class ArchitectuurTest extends Architectuurtoetsen {

    ArchitectuurTest() {
        super("nl.wsp.reporting",
                Set.of(
                        // the dashboard read models and their queries (DashboardBenchmark, docs/performance.md)
                        "Rapportages", "Dienstencijfers", "Netwerkcijfers",
                        // the employer-events report (docs/adr/0031)
                        "Evenementcijfers",
                        // a target's realised count, summed from the same realisation counters (prioriteit-v2's progress event, the partner status)
                        "DoelstellingVoortgang",
                        // counter upserts, atomic in one statement (ADR 0026: for atomicity, not speed)
                        "Partnertellers", "Wissingtellers", "Realisatietellers", "Dienstentellers", "Netwerktellers",
                        "Evenementtellers",
                        // a target change serialised per region and year: an advisory lock, no row to lock (the overlap guarantee)
                        "Doelstellingslot",
                        // the rebuild: TRUNCATE's table lock and the frame's inbox forgotten in one transaction (every event once)
                        "HerbouwRapportages",
                        // the reference file at start-up: advisory lock and INSERT … ON CONFLICT, replicas starting at once
                        "Referentiedata",
                        // issue 18 (reports): realisation per month and quarter, a grouped sum over the realisation counters
                        "Perioderealisatie",
                        // issue 18 (reports): the benefit-cost counters, upserts and the grouped sums of their report
                        "Schadelasttellers",
                        // issue 17 item 4 (ADR 0033): the unit reports' facts (ON CONFLICT: once per event) and their query
                        // (LATERAL: the membership at each fact's moment)
                        "Werkfeiten", "Teamcijfers",
                        // issue 17 item 5 (ADR 0039): visits and vacancies per sector (upserts), the indicator report's sums,
                        // and indicator-target changes serialised per region and year (advisory lock)
                        "Indicatortellers", "Indicatorcijfers", "Indicatordoelslot",
                        // issue 17 item 6 (ADR 0032): the social return read model's upserts (ON CONFLICT: the latest
                        // description, order-free) and the report's query (sums per obligation before the join)
                        "Sroitellers", "Sroicijfers",
                        // issue 18 item 2 (ADR 0045): the Banenafspraak jobs gained and lost (upserts) with the baseline's
                        // advisory lock per region and sector, and the report's sums per quarter and sector
                        "Banenafspraaktellers", "Banenafspraakcijfers",
                        // issue 18 items 5 and 7 (ADR 0043): the pool's counts replaced per partner, proposals and placements per
                        // group and band (upserts), and the grouped sums of the pool report and the fairness monitor
                        "Kandidatenpooltellers"),
                Set.of());
    }
}
