package nl.wsp.reporting.indicatordoel;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.reporting.indicatordoel.api.Indicatorrealisatie;
import nl.wsp.reporting.indicatordoel.api.Sectorplannen;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.periodedoel.Periodedoelen;
import nl.wsp.reporting.realisatie.Voortgang;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Target against realisation per indicator (docs/adr/0039). A count's period target is its yearly target split linearly
 * by days as ADR 0037 splits placement targets ({@link Periodedoelen#doel}); an NPS is a score, not a sum, so its
 * target is the yearly target in every period and its realisation is the score over the responses of the year's
 * measuring rounds (half-yearly rounds do not fall in months). NPS responses carry no sector: per sector it is not
 * realised (null), only its target is shown.
 */
@ApplicationScoped
public class Indicatorrapportages {

    private final Indicatorcijfers cijfers;
    private final IndicatordoelRepository doelen;

    Indicatorrapportages(Indicatorcijfers cijfers, IndicatordoelRepository doelen) {
        this.cijfers = cijfers;
        this.doelen = doelen;
    }

    /** Every indicator, with the target of the region (or of the sector) and what was realised in the period. */
    public Indicatorrealisatie rapport(String regio, String sector, int jaar, Periode p) {
        Map<String, Integer> jaardoelen = new LinkedHashMap<>();
        doelen.lijst(regio, jaar, null, sector == null ? Indicatordoel.HELE_REGIO : sector)
                .forEach(d -> jaardoelen.put(d.indicator(), d.doel()));
        List<Indicatorrealisatie.Indicatorregel> rijen = new ArrayList<>();
        for (String indicator : Indicator.ALLE) {
            rijen.add(rij(indicator, jaardoelen.get(indicator), regio, sector, jaar, p));
        }
        return new Indicatorrealisatie(regio, sector, p.van(), p.tot(), rijen);
    }

    /** The sector plans of a region and year: per sector the indicators of its plan, each with its year's realisation. */
    public Sectorplannen sectorplannen(String regio, int jaar) {
        Map<String, List<Indicatorrealisatie.Indicatorregel>> plannen = new LinkedHashMap<>();
        Periode p = Periode.jaar(jaar);
        for (Indicatordoel d : doelen.sectorplannen(regio, jaar)) {
            plannen.computeIfAbsent(d.sector(), s -> new ArrayList<>()).add(rij(d.indicator(), d.doel(), regio, d.sector(), jaar, p));
        }
        return new Sectorplannen(regio, jaar, plannen.entrySet().stream()
                .map(e -> new Sectorplannen.Sectorplan(e.getKey(), e.getValue())).toList());
    }

    private Indicatorrealisatie.Indicatorregel rij(String indicator, Integer jaardoel, String regio, String sector, int jaar, Periode p) {
        if (!Indicator.optelbaar(indicator)) {
            Indicatorcijfers.Nps nps = cijfers.nps(regio, jaar, sector);
            Integer score = nps == null ? null : nps.score();
            return new Indicatorrealisatie.Indicatorregel(indicator, "score", jaardoel, score, null,
                    jaardoel == null || score == null ? null : score >= jaardoel, nps == null ? null : nps.responsen());
        }
        Integer doel = jaardoel == null ? null : Periodedoelen.doel(jaardoel, jaar, p.van(), p.tot());
        int gerealiseerd = cijfers.aantal(indicator, regio, sector, p);
        BigDecimal percentage = doel == null ? null : Voortgang.percentage(gerealiseerd, doel);
        return new Indicatorrealisatie.Indicatorregel(indicator, "aantal", doel, gerealiseerd, percentage,
                doel == null ? null : gerealiseerd >= doel, null);
    }
}
