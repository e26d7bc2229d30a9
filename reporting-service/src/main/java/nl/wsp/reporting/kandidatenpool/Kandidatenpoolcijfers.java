package nl.wsp.reporting.kandidatenpool;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.reporting.doelstelling.Doelgroepen;
import nl.wsp.reporting.kandidatenpool.api.Eerlijkheidsmonitor;
import nl.wsp.reporting.kandidatenpool.api.Kandidatenpoolrapportage;
import nl.wsp.reporting.kandidatenpool.api.Telling;
import nl.wsp.reporting.referentie.Regios;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate pool report and the fairness monitor assembled from {@link Kandidatenpooltellers}' sums, every table
 * through {@link Onderdrukking} with the configured k (docs/adr/0043). One-dimensional tables only, each summing to the
 * same total: no cross table whose margins could be played against each other.
 */
@ApplicationScoped
public class Kandidatenpoolcijfers {

    static final String BUITEN_REGIO = "Buiten regio";
    static final String TOTAAL = "totaal";
    static final BigDecimal DREMPEL = new BigDecimal("0.80");
    /** The main target groups a candidate can count under, in the reports' order. */
    static final List<String> HOOFDDOELGROEPEN;

    static {
        List<String> codes = new ArrayList<>(Doelgroepen.CODES.stream()
                .filter(c -> !Doelgroepen.MET_IBA.equals(c) && !Doelgroepen.BANENAFSPRAAK.equals(c)).toList());
        codes.add(Doelgroepen.OVERIG);
        codes.add(Doelgroepen.ONBEKEND);
        HOOFDDOELGROEPEN = List.copyOf(codes);
    }

    static final List<String> BANDEN = List.of("tot-27", "27-49", "50-plus", Kandidatenpoolbijwerker.ONBEKEND);

    private final Kandidatenpooltellers tellers;
    private final Regios regios;
    private final Onderdrukkingsdrempel drempel;

    Kandidatenpoolcijfers(Kandidatenpooltellers tellers, Regios regios, Onderdrukkingsdrempel drempel) {
        this.tellers = tellers;
        this.regios = regios;
        this.drempel = drempel;
    }

    public Kandidatenpoolrapportage pool(String regio) {
        int k = drempel.waarde();
        Kolom pool = new Kolom(tellers.poolKenmerken(regio), k);
        Map<String, Integer> perPartner = new LinkedHashMap<>();
        tellers.poolPer(regio, Kandidatenpooltellers.Indeling.PARTNER).forEach(s -> perPartner.put(s.code(), s.aantal()));
        List<String> gemeenten = regios.gemeenten(regio);
        Map<String, Integer> perGemeente = nullen(gemeenten);
        for (Kandidatenpooltellers.Som s : tellers.poolPer(regio, Kandidatenpooltellers.Indeling.GEMEENTE)) {
            perGemeente.merge(gemeenten.contains(s.code()) ? s.code() : BUITEN_REGIO, s.aantal(), Integer::sum);
        }
        return new Kandidatenpoolrapportage(regio, k, telling(TOTAAL, pool.doelgroepen.totaal()),
                telling(Doelgroepen.BANENAFSPRAAK, pool.banenafspraak), tellingen(pool.doelgroepen),
                tellingen(Onderdrukking.pasToe(perPartner, k)), tellingen(Onderdrukking.pasToe(perGemeente, k)),
                tellingen(pool.banden));
    }

    public Eerlijkheidsmonitor eerlijkheid(String regio, int jaar) {
        int k = drempel.waarde();
        Kolom pool = new Kolom(tellers.poolKenmerken(regio), k);
        Kolom voordrachten = new Kolom(tellers.voordrachten(regio, jaar), k);
        Kolom plaatsingen = new Kolom(tellers.plaatsingen(regio, jaar), k);
        Eerlijkheidsmonitor.Eerlijkheidsrij totaal = rij(TOTAAL, pool.doelgroepen.totaal(), voordrachten.doelgroepen.totaal(),
                plaatsingen.doelgroepen.totaal(), null);
        List<Eerlijkheidsmonitor.Eerlijkheidsrij> perDoelgroep = new ArrayList<>();
        for (String d : HOOFDDOELGROEPEN) {
            perDoelgroep.add(rij(d, pool.doelgroepen.cel(d), voordrachten.doelgroepen.cel(d), plaatsingen.doelgroepen.cel(d), totaal));
        }
        List<Eerlijkheidsmonitor.Eerlijkheidsrij> perBand = new ArrayList<>();
        for (String b : BANDEN) {
            perBand.add(rij(b, pool.banden.cel(b), voordrachten.banden.cel(b), plaatsingen.banden.cel(b), totaal));
        }
        Eerlijkheidsmonitor.Eerlijkheidsrij banenafspraak = rij(Doelgroepen.BANENAFSPRAAK, pool.banenafspraak, voordrachten.banenafspraak,
                plaatsingen.banenafspraak, totaal);
        return new Eerlijkheidsmonitor(regio, jaar, k, DREMPEL, totaal, banenafspraak, perDoelgroep, perBand);
    }

    /**
     * One column of counts (the pool, proposals or placements): its tables per main group and per band, suppressed each,
     * and Banenafspraak across the groups.
     */
    private static final class Kolom {
        final Onderdrukking.Tabel doelgroepen;
        final Onderdrukking.Tabel banden;
        final Onderdrukking.Cel banenafspraak;

        Kolom(List<Kandidatenpooltellers.Kenmerk> tellingen, int k) {
            Map<String, Integer> perDoelgroep = nullen(HOOFDDOELGROEPEN);
            Map<String, Integer> perBand = nullen(BANDEN);
            int ba = 0;
            for (Kandidatenpooltellers.Kenmerk c : tellingen) {
                perDoelgroep.merge(c.hoofddoelgroep(), c.aantal(), Integer::sum);
                perBand.merge(c.leeftijdsband(), c.aantal(), Integer::sum);
                ba += c.banenafspraak() ? c.aantal() : 0;
            }
            doelgroepen = Onderdrukking.pasToe(perDoelgroep, k);
            banden = Onderdrukking.pasToe(perBand, k);
            banenafspraak = waarvan(ba, som(perDoelgroep), k);
        }
    }

    private static Eerlijkheidsmonitor.Eerlijkheidsrij rij(String code, Onderdrukking.Cel pool, Onderdrukking.Cel voordrachten,
                                               Onderdrukking.Cel plaatsingen, Eerlijkheidsmonitor.Eerlijkheidsrij totaal) {
        BigDecimal voordrachtkans = kans(voordrachten, pool);
        BigDecimal plaatsingskans = kans(plaatsingen, pool);
        BigDecimal relatiefVoordracht = totaal == null ? null : relatief(voordrachtkans, totaal.voordrachtkans());
        BigDecimal relatiefPlaatsing = totaal == null ? null : relatief(plaatsingskans, totaal.plaatsingskans());
        Boolean signaal = relatiefVoordracht == null && relatiefPlaatsing == null ? null
                : onder(relatiefVoordracht) || onder(relatiefPlaatsing);
        return new Eerlijkheidsmonitor.Eerlijkheidsrij(code, telling(code, pool), telling(code, voordrachten), telling(code, plaatsingen),
                voordrachtkans, plaatsingskans, relatiefVoordracht, relatiefPlaatsing, totaal == null ? null : signaal);
    }

    private static boolean onder(BigDecimal relatief) {
        return relatief != null && relatief.compareTo(DREMPEL) < 0;
    }

    /** Per 100 of the pool, one decimal; only when both counts are shown and the pool is not empty. */
    static BigDecimal kans(Onderdrukking.Cel teller, Onderdrukking.Cel pool) {
        if (teller.onderdrukt() || pool.onderdrukt() || pool.aantal() == 0) {
            return null;
        }
        return BigDecimal.valueOf(teller.aantal() * 100L).divide(BigDecimal.valueOf(pool.aantal()), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal relatief(BigDecimal kans, BigDecimal regio) {
        if (kans == null || regio == null || regio.signum() == 0) {
            return null;
        }
        return kans.divide(regio, 2, RoundingMode.HALF_UP);
    }

    /**
     * A "waarvan" count across the main groups (Banenafspraak): suppressed as a table of two cells, it and the rest of the
     * total, so that neither it nor the total minus it tells fewer than k.
     */
    static Onderdrukking.Cel waarvan(int aantal, int totaal, int k) {
        Map<String, Integer> paar = new LinkedHashMap<>();
        paar.put("waarvan", aantal);
        paar.put("overig", totaal - aantal);
        return Onderdrukking.pasToe(paar, k).cel("waarvan");
    }

    private static List<Telling> tellingen(Onderdrukking.Tabel tabel) {
        List<Telling> lijst = new ArrayList<>();
        tabel.cellen().forEach((code, cel) -> lijst.add(telling(code, cel)));
        return lijst;
    }

    private static Telling telling(String code, Onderdrukking.Cel cel) {
        return new Telling(code, cel.aantal(), cel.onderdrukt());
    }

    private static Map<String, Integer> nullen(List<String> codes) {
        Map<String, Integer> m = new LinkedHashMap<>();
        codes.forEach(c -> m.put(c, 0));
        return m;
    }

    private static int som(Map<String, Integer> tellingen) {
        return tellingen.values().stream().mapToInt(Integer::intValue).sum();
    }
}
