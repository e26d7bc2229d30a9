package nl.wsp.matching.instrument;

import nl.wsp.matching.instrument.api.AfschriftregelWeergave;
import nl.wsp.matching.instrument.api.BundelingMiddelenWeergave;
import nl.wsp.platform.time.TimeSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statement and the monthly report of a fund, both from its append-only mutations (ADR 0036): the statement
 * follows the booking order with the balance after each line, the report sums per month in Europe/Amsterdam. Both are
 * computed from the rows every time, so they cannot drift from the balance.
 */
final class BundelingMiddelen {

    /** The label of a municipality a row from before issue 18 does not name. */
    static final String ONBEKEND = "onbekend";
    /** Zero in cents, as the column's amounts are (0.00, not 0). */
    private static final BigDecimal NUL = new BigDecimal("0.00");

    private BundelingMiddelen() {
    }

    /** The statement's lines booked from {@code van} to {@code tot} (dates in Europe/Amsterdam, both inclusive, either open). */
    static List<AfschriftregelWeergave> afschrift(List<FondsmutatieRepository.MetSoort> mutaties, LocalDate van, LocalDate tot) {
        List<AfschriftregelWeergave> regels = new ArrayList<>();
        BigDecimal saldo = NUL;
        for (FondsmutatieRepository.MetSoort m : mutaties) {
            saldo = saldo.add(m.mutatie().bedrag());
            LocalDate dag = TimeSource.datum(m.mutatie().op());
            if ((van == null || !dag.isBefore(van)) && (tot == null || !dag.isAfter(tot))) {
                regels.add(AfschriftregelWeergave.van(m.mutatie(), m.instrumentsoort(), saldo));
            }
        }
        return regels;
    }

    /** The months of {@code jaar} that have begun by {@code nu}, each with its sums and the balance at its end. */
    static BundelingMiddelenWeergave maandrapportage(String regio, int jaar, List<FondsmutatieRepository.MetSoort> mutaties, Instant nu) {
        YearMonth deze = YearMonth.from(TimeSource.datum(nu));
        List<BundelingMiddelenWeergave.Maand> maanden = new ArrayList<>();
        for (int m = 1; m <= 12 && !YearMonth.of(jaar, m).isAfter(deze); m++) {
            maanden.add(maand(YearMonth.of(jaar, m), mutaties));
        }
        return new BundelingMiddelenWeergave(regio, jaar, maanden);
    }

    private static BundelingMiddelenWeergave.Maand maand(YearMonth maand, List<FondsmutatieRepository.MetSoort> mutaties) {
        BigDecimal ingelegd = NUL;
        BigDecimal besteed = NUL;
        BigDecimal saldo = NUL;
        Map<String, BigDecimal> inleg = new TreeMap<>();
        Map<Instrumentsoort, BigDecimal> perSoort = new TreeMap<>();
        Map<String, BigDecimal> perGemeente = new TreeMap<>();
        for (FondsmutatieRepository.MetSoort r : mutaties) {
            Fondsmutatie m = r.mutatie();
            YearMonth wanneer = YearMonth.from(TimeSource.datum(m.op()));
            if (wanneer.isAfter(maand)) {
                continue;
            }
            saldo = saldo.add(m.bedrag());
            if (!wanneer.equals(maand)) {
                continue;
            }
            String gemeente = m.gemeente() == null ? ONBEKEND : m.gemeente();
            if (m.isStorting()) {
                ingelegd = ingelegd.add(m.bedrag());
                inleg.merge(gemeente, m.bedrag(), BigDecimal::add);
            } else {
                BigDecimal uit = m.bedrag().negate();
                besteed = besteed.add(uit);
                if (r.instrumentsoort() != null) {
                    perSoort.merge(r.instrumentsoort(), uit, BigDecimal::add);
                }
                perGemeente.merge(gemeente, uit, BigDecimal::add);
            }
        }
        return new BundelingMiddelenWeergave.Maand(maand.toString(), ingelegd,
                inleg.entrySet().stream().map(e -> new BundelingMiddelenWeergave.GemeenteBedrag(e.getKey(), e.getValue())).toList(),
                besteed,
                perSoort.entrySet().stream().map(e -> new BundelingMiddelenWeergave.SoortBedrag(e.getKey(), e.getValue())).toList(),
                perGemeente.entrySet().stream().map(e -> new BundelingMiddelenWeergave.GemeenteBedrag(e.getKey(), e.getValue())).toList(),
                saldo);
    }
}
