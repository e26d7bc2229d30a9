package nl.wsp.reporting.banenafspraak;

import nl.wsp.reporting.banenafspraak.api.BanenafspraakPerSector;
import nl.wsp.reporting.banenafspraak.api.BanenafspraakPerSector.Banenafspraakkwartaal;
import nl.wsp.reporting.banenafspraak.api.BanenafspraakPerSector.Sectorregel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules of the Banenafspraak report per quarter and sector (docs/adr/0045), without a database: gained and lost jobs
 * per quarter in, per quarter and sector the net, the extra jobs since the sector's baseline and the level against it.
 * <ul>
 *   <li>net = gained − lost in the quarter;</li>
 *   <li>extra = the sum of the net of the quarters after the baseline's quarter up to this one; null up to and including
 *       the baseline's quarter; a sector without a baseline (and {@code onbekend}) counts from its first job;</li>
 *   <li>level = the baseline's count + extra; null without a baseline;</li>
 *   <li>the total sums the sectors; its extra the extras there are, its level the three levels plus the extra jobs
 *       without a sector, only when all three sectors have a level.</li>
 * </ul>
 * Quarters are numbered {@code jaar × 4 + kwartaal − 1}.
 */
final class Banenafspraakbalans {

    static final String TOTAAL = "totaal";

    /** Gained and lost jobs of one sector in one quarter. */
    record Telling(int gewonnen, int verloren) {
    }

    private Banenafspraakbalans() {
    }

    static int kwartaal(LocalDate dag) {
        return dag.getYear() * 4 + (dag.getMonthValue() - 1) / 3;
    }

    static String naam(int kwartaal) {
        return (kwartaal / 4) + "-K" + (kwartaal % 4 + 1);
    }

    /**
     * @param tellingen per sector, per quarter, what was gained and lost (sectors other than the three may appear)
     * @param nulmetingen per sector its baseline
     * @param van the first quarter to show; the extras count from before it all the same
     * @param tot the last quarter to show
     */
    static List<Banenafspraakkwartaal> bereken(Map<String, Map<Integer, Telling>> tellingen, Map<String, Nulmeting> nulmetingen, int van, int tot) {
        List<String> sectoren = new ArrayList<>(Banenafspraaksector.ALLE);
        tellingen.keySet().stream().filter(s -> !sectoren.contains(s)).sorted().forEach(sectoren::add);
        Map<String, TreeMap<Integer, Telling>> perSector = new LinkedHashMap<>();
        sectoren.forEach(s -> perSector.put(s, new TreeMap<>(tellingen.getOrDefault(s, Map.of()))));

        Map<String, Integer> extra = new LinkedHashMap<>();
        for (String s : sectoren) {
            Nulmeting n = nulmetingen.get(s);
            int vanaf = n != null ? kwartaal(n.peildatum()) + 1 : Integer.MIN_VALUE;
            int som = 0;
            for (var e : perSector.get(s).headMap(van, false).entrySet()) {
                if (e.getKey() >= vanaf) {
                    som += e.getValue().gewonnen() - e.getValue().verloren();
                }
            }
            extra.put(s, som);
        }

        List<Banenafspraakkwartaal> uit = new ArrayList<>();
        for (int q = van; q <= tot; q++) {
            List<Sectorregel> regels = new ArrayList<>();
            int gewonnen = 0;
            int verloren = 0;
            Integer totaalExtra = null;
            int niveaus = 0;
            boolean elkNiveau = true;
            int extraZonderSector = 0;
            for (String s : sectoren) {
                Telling t = perSector.get(s).getOrDefault(q, new Telling(0, 0));
                Nulmeting n = nulmetingen.get(s);
                boolean naNulmeting = n == null || q > kwartaal(n.peildatum());
                if (naNulmeting) {
                    extra.merge(s, t.gewonnen() - t.verloren(), Integer::sum);
                }
                Integer sectorExtra = naNulmeting ? extra.get(s) : null;
                Integer niveau = n != null && naNulmeting ? n.aantal() + sectorExtra : null;
                if (Banenafspraaksector.ALLE.contains(s) || t.gewonnen() + t.verloren() > 0 || extra.get(s) != 0) {
                    regels.add(new Sectorregel(s, t.gewonnen(), t.verloren(), t.gewonnen() - t.verloren(), sectorExtra, niveau));
                }
                gewonnen += t.gewonnen();
                verloren += t.verloren();
                if (sectorExtra != null) {
                    totaalExtra = (totaalExtra == null ? 0 : totaalExtra) + sectorExtra;
                }
                if (Banenafspraaksector.ALLE.contains(s)) {
                    elkNiveau &= niveau != null;
                    niveaus += niveau == null ? 0 : niveau;
                } else if (sectorExtra != null) {
                    extraZonderSector += sectorExtra;
                }
            }
            uit.add(new Banenafspraakkwartaal(naam(q), regels, new Sectorregel(TOTAAL, gewonnen, verloren, gewonnen - verloren, totaalExtra,
                    elkNiveau ? niveaus + extraZonderSector : null)));
        }
        return uit;
    }

    static BanenafspraakPerSector rapport(String regio, List<Nulmeting> nulmetingen, List<Banenafspraakkwartaal> kwartalen) {
        return new BanenafspraakPerSector(regio, nulmetingen.stream().map(nl.wsp.reporting.banenafspraak.api.NulmetingGegevens::van).toList(),
                kwartalen);
    }
}
