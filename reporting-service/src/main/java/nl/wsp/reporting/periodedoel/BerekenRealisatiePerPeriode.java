package nl.wsp.reporting.periodedoel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.reporting.doelstelling.Doelgroepen;
import nl.wsp.reporting.doelstelling.Doelstelling;
import nl.wsp.reporting.doelstelling.DoelstellingRepository;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.periodedoel.Perioderealisatie.Telling;
import nl.wsp.reporting.periodedoel.api.RealisatiePerPeriode;
import nl.wsp.reporting.realisatie.Rapportages;
import nl.wsp.reporting.realisatie.Voortgang;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Realisation per month or quarter against every placement target of a region and year (ADR 0037; source 001:
 * "rapporteert maandelijks en per kwartaal"). A period's target is derived from the yearly target by
 * {@link Periodedoelen}; what counts towards it is the rule of the yearly report ({@link Doelgroepen#telt}, a partner's
 * target from the partner counters, a municipality group's from the municipal ones), summed per month.
 */
@ApplicationScoped
public class BerekenRealisatiePerPeriode {

    private final Rapportages rapportages;
    private final DoelstellingRepository doelstellingen;
    private final Perioderealisatie realisatie;
    private final Clock clock;

    BerekenRealisatiePerPeriode(Rapportages rapportages, DoelstellingRepository doelstellingen, Perioderealisatie realisatie, Clock clock) {
        this.rapportages = rapportages;
        this.doelstellingen = doelstellingen;
        this.realisatie = realisatie;
        this.clock = clock;
    }

    @Transactional
    public RealisatiePerPeriode bereken(String regio, int jaar, boolean perKwartaal) {
        rapportages.controleerRegio(regio);
        Periode jaarPeriode = Periode.jaar(jaar);
        List<Doelstelling> doelen = doelstellingen.lijst(regio, jaar, Doelstelling.PLAATSINGEN, 0, 10_000);
        List<Telling> perGemeente = doelen.stream().anyMatch(d -> d.partner() == null) ? realisatie.perGemeente(regio, jaarPeriode) : List.of();
        List<Telling> perPartner = realisatie.perPartner(regio, jaarPeriode,
                doelen.stream().map(Doelstelling::partner).filter(p -> p != null).distinct().toList());
        int perioden = perKwartaal ? 4 : 12;
        int maandenPerPeriode = perKwartaal ? 3 : 1;
        List<RealisatiePerPeriode.Rij> rijen = new ArrayList<>();
        for (Doelstelling d : doelen) {
            int[] gerealiseerdPerMaand = new int[12];
            for (Telling t : d.partner() != null ? perPartner : perGemeente) {
                boolean vanDit = d.partner() != null ? d.partner().equals(t.wie()) : d.gemeenten().contains(t.wie());
                if (vanDit && Doelgroepen.telt(d.doelgroep(), t.doelgroep(), t.metIba(), t.banenafspraak())) {
                    gerealiseerdPerMaand[t.maand().getMonthValue() - 1] += t.aantal();
                }
            }
            int doelCumulatief = 0;
            int gerealiseerdCumulatief = 0;
            for (int i = 0; i < perioden; i++) {
                LocalDate van = LocalDate.of(jaar, i * maandenPerPeriode + 1, 1);
                LocalDate tot = van.plusMonths(maandenPerPeriode);
                int doel = Periodedoelen.doel(d.aantal(), jaar, van, tot);
                int gerealiseerd = 0;
                for (int m = i * maandenPerPeriode; m < (i + 1) * maandenPerPeriode; m++) {
                    gerealiseerd += gerealiseerdPerMaand[m];
                }
                doelCumulatief += doel;
                gerealiseerdCumulatief += gerealiseerd;
                String label = perKwartaal ? jaar + "-K" + (i + 1) : "%d-%02d".formatted(jaar, i + 1);
                rijen.add(new RealisatiePerPeriode.Rij(d.id(), d.doelgroep(), d.partner(), d.gemeenten(), label, van, tot, doel, gerealiseerd,
                        Voortgang.percentage(gerealiseerd, doel), doelCumulatief, gerealiseerdCumulatief, doelCumulatief - gerealiseerdCumulatief));
            }
        }
        return new RealisatiePerPeriode(regio, jaar, perKwartaal ? "kwartaal" : "maand", TimeSource.vandaag(clock), rijen);
    }
}
