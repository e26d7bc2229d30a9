package nl.wsp.reporting.schadelast;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.reporting.doelstelling.Doelgroepen;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.realisatie.Rapportages;
import nl.wsp.reporting.schadelast.api.SchadelastRapportage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The benefit-cost report (ADR 0038; seed 004: "plaatsingen … waarbij schadelastbeperking optreedt", seed 003:
 * "uitkeringslast … terug brengen"): per partner and main target group the placements that started in the period, the
 * whole months they lasted by the reference date (an ended one to its end, a running one to today, each at most 12),
 * and for {@code bijstand} those months times the single person's norm in force at the start month.
 */
@ApplicationScoped
public class BerekenSchadelastbeperking {

    private final Rapportages rapportages;
    private final Schadelasttellers tellers;
    private final Clock clock;

    BerekenSchadelastbeperking(Rapportages rapportages, Schadelasttellers tellers, Clock clock) {
        this.rapportages = rapportages;
        this.tellers = tellers;
        this.clock = clock;
    }

    /** Per start month of one partner × target group: placements, ended, months of the ended. */
    private static final class Cel {
        final TreeMap<LocalDate, long[]> perStartmaand = new TreeMap<>();
    }

    public SchadelastRapportage bereken(String regio, Periode p) {
        rapportages.controleerRegio(regio);
        LocalDate peildatum = TimeSource.vandaag(clock);
        Map<List<String>, Cel> cellen = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0)) ? volgorde(a.get(1)) - volgorde(b.get(1))
                : a.get(0).compareTo(b.get(0)));
        for (Object[] r : tellers.plaatsingen(regio, p)) {
            cel(cellen, r).perStartmaand.computeIfAbsent(datum(r[0]), m -> new long[3])[0] += getal(r[3]);
        }
        for (Object[] r : tellers.beeindigingen(regio, p)) {
            long[] t = cel(cellen, r).perStartmaand.computeIfAbsent(datum(r[0]), m -> new long[3]);
            t[1] += getal(r[3]);
            t[2] += getal(r[4]);
        }
        List<SchadelastRapportage.Rij> rijen = new ArrayList<>();
        long[] totaal = new long[4];
        BigDecimal totaalBedrag = BigDecimal.ZERO;
        boolean totaalGeschat = false;
        for (Map.Entry<List<String>, Cel> c : cellen.entrySet()) {
            String doelgroep = c.getKey().get(1);
            long plaatsingen = 0;
            long beeindigd = 0;
            long maanden = 0;
            BigDecimal bedrag = Schadelastbeperking.geschat(doelgroep) ? BigDecimal.ZERO : null;
            for (Map.Entry<LocalDate, long[]> m : c.getValue().perStartmaand.entrySet()) {
                long[] t = m.getValue();
                long lopend = Math.max(0, t[0] - t[1]);
                long maandenHier = t[2] + lopend * Schadelastbeperking.maandenLopend(m.getKey(), peildatum);
                plaatsingen += t[0];
                beeindigd += t[1];
                maanden += maandenHier;
                if (bedrag != null) {
                    Optional<BigDecimal> norm = Schadelastbeperking.normVoor(m.getKey());
                    bedrag = norm.isPresent() ? bedrag.add(Schadelastbeperking.bedrag(maandenHier, norm.get())) : null;
                }
            }
            rijen.add(new SchadelastRapportage.Rij(c.getKey().get(0), doelgroep, (int) plaatsingen, (int) beeindigd,
                    (int) Math.max(0, plaatsingen - beeindigd), (int) maanden, bedrag));
            totaal[0] += plaatsingen;
            totaal[1] += beeindigd;
            totaal[2] += maanden;
            if (bedrag != null) {
                totaalBedrag = totaalBedrag.add(bedrag);
                totaalGeschat = true;
            }
        }
        SchadelastRapportage.Rij som = new SchadelastRapportage.Rij(null, Doelgroepen.ALLE, (int) totaal[0], (int) totaal[1],
                (int) Math.max(0, totaal[0] - totaal[1]), (int) totaal[2], totaalGeschat ? totaalBedrag : null);
        return new SchadelastRapportage(regio, p.van(), p.tot(), peildatum, SchadelastRapportage.METHODE, rijen, som);
    }

    private static Cel cel(Map<List<String>, Cel> cellen, Object[] r) {
        return cellen.computeIfAbsent(List.of((String) r[1], (String) r[2]), k -> new Cel());
    }

    /** Target groups in the order of data/referentie/doelgroepen.csv, then onbekend and overig. */
    private static int volgorde(String doelgroep) {
        int i = Doelgroepen.CODES.indexOf(doelgroep);
        return i >= 0 ? i : Doelgroepen.CODES.size() + (Doelgroepen.ONBEKEND.equals(doelgroep) ? 0 : 1);
    }

    private static long getal(Object waarde) {
        return waarde == null ? 0 : ((Number) waarde).longValue();
    }

    private static LocalDate datum(Object waarde) {
        if (waarde instanceof LocalDate d) {
            return d;
        }
        if (waarde instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("unexpected date type " + waarde.getClass());
    }
}
