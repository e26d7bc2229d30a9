package nl.wsp.reporting.realisatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.reporting.doelstelling.Doelgroepen;
import nl.wsp.reporting.doelstelling.Doelstelling;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.doelstelling.DoelstellingRepository;
import nl.wsp.reporting.realisatie.api.BanenafspraakOverzicht;
import nl.wsp.reporting.realisatie.api.ContactverzoekNaleving;
import nl.wsp.reporting.realisatie.api.Duurzaamheid;
import nl.wsp.reporting.realisatie.api.Kolom;
import nl.wsp.reporting.realisatie.api.NpsOverzicht;
import nl.wsp.reporting.realisatie.api.PlaatsingenRij;
import nl.wsp.reporting.realisatie.api.PlaatsingenTabel;
import nl.wsp.reporting.realisatie.api.RealisatieOverzicht;
import nl.wsp.reporting.realisatie.api.RealisatieRij;
import nl.wsp.reporting.realisatie.api.Stuurgroeprapportage;
import nl.wsp.reporting.referentie.Regios;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard queries: each sums the monthly counters of one region over a period (an index range, never a scan of
 * placements). Aggregates only: no row identifies a person or an employer.
 * <p>
 * Native SQL (one of reporting-service's named SQL classes, docs/adr/0026-one-persistence-style.md): the sums, groupings
 * and range filters over the read models are measured by docs/performance.md, "dashboard queries over 1,000,000
 * placements" ({@code DashboardBenchmark}, goal p95 ≤ 50 ms, beside the bare SQL of the same query).
 */
@ApplicationScoped
public class Rapportages {

    /** The dashboard's main query: one index range of the region's months; municipalities outside the region become "Buiten regio". */
    public static final String PER_GEMEENTE = """
            SELECT gemeente, doelgroep, met_iba, sum(aantal) FROM plaatsingen_per_gemeente
             WHERE regio = ?1 AND maand >= ?2 AND maand < ?3
             GROUP BY 1, 2, 3""";

    private static final List<Kolom> KOLOMMEN = Rapportkolom.ALLE.stream().map(k -> new Kolom(k.code(), k.naam())).toList();

    private final EntityManager em;
    private final Regios regios;
    private final DoelstellingRepository doelstellingen;
    private final Clock clock;

    Rapportages(EntityManager em, Regios regios, DoelstellingRepository doelstellingen, Clock clock) {
        this.em = em;
        this.regios = regios;
        this.doelstellingen = doelstellingen;
        this.clock = clock;
    }

    public void controleerRegio(String regio) {
        regios.vereist(regio);
    }

    /** Placements per municipality of the region (then "Buiten regio") × column; the totals line sums the cells. */
    public PlaatsingenTabel perGemeente(String regio, Periode periode) {
        controleerRegio(regio);
        List<String> gemeenten = regios.gemeenten(regio);
        Map<String, Map<String, Integer>> cellen = new LinkedHashMap<>();
        gemeenten.forEach(g -> cellen.put(g, leeg()));
        cellen.put(Regios.BUITEN_REGIO, leeg());
        for (Object[] r : rijen(PER_GEMEENTE, regio, periode.van(), periode.tot())) {
            String rij = gemeenten.contains((String) r[0]) ? (String) r[0] : Regios.BUITEN_REGIO;
            cellen.get(rij).merge(Rapportkolom.kolom((String) r[1], (Boolean) r[2]), getal(r[3]), Integer::sum);
        }
        return tabel(regio, periode, "gemeente", cellen);
    }

    /** Placements per month or quarter of a year × column: quarters are sums of months. */
    public PlaatsingenTabel perPeriode(String regio, int jaar, boolean perKwartaal) {
        controleerRegio(regio);
        Periode periode = Periode.jaar(jaar);
        Map<String, Map<String, Integer>> cellen = new LinkedHashMap<>();
        for (int i = 1; i <= (perKwartaal ? 4 : 12); i++) {
            cellen.put(perKwartaal ? jaar + "-K" + i : "%d-%02d".formatted(jaar, i), leeg());
        }
        for (Object[] r : rijen("""
                SELECT p.maand, p.doelgroep, p.met_iba, sum(p.aantal)
                  FROM plaatsingen_per_gemeente p
                 WHERE p.regio = ?1 AND p.maand >= ?2 AND p.maand < ?3
                 GROUP BY 1, 2, 3""", regio, periode.van(), periode.tot())) {
            LocalDate maand = datum(r[0]);
            String sleutel = perKwartaal ? jaar + "-K" + ((maand.getMonthValue() - 1) / 3 + 1) : "%d-%02d".formatted(jaar, maand.getMonthValue());
            cellen.get(sleutel).merge(Rapportkolom.kolom((String) r[1], (Boolean) r[2]), getal(r[3]), Integer::sum);
        }
        return tabel(regio, periode, perKwartaal ? "kwartaal" : "maand", cellen);
    }

    /**
     * Every placement target of the region and year against its realisation, expected progress and lag. The region's
     * counts for the year are read once (grouped by municipality and target group) and each target sums what it covers.
     */
    public RealisatieOverzicht realisatie(String regio, int jaar) {
        controleerRegio(regio);
        LocalDate vandaag = TimeSource.vandaag(clock);
        Periode p = Periode.jaar(jaar);
        List<Object[]> perGemeente = rijen("""
                SELECT gemeente, doelgroep, met_iba, banenafspraak, sum(aantal) FROM plaatsingen_per_gemeente
                 WHERE regio = ?1 AND maand >= ?2 AND maand < ?3 GROUP BY 1, 2, 3, 4""", regio, p.van(), p.tot());
        List<RealisatieRij> uitkomst = new ArrayList<>();
        for (Doelstelling d : doelstellingen.lijst(regio, jaar, Doelstelling.PLAATSINGEN, 0, 10_000)) {
            int gerealiseerd = d.partner() != null ? gerealiseerdDoorPartner(d) : perGemeente.stream()
                    .filter(r -> d.gemeenten().contains((String) r[0])
                            && Doelgroepen.telt(d.doelgroep(), (String) r[1], (Boolean) r[2], (Boolean) r[3]))
                    .mapToInt(r -> getal(r[4])).sum();
            int verwacht = Voortgang.verwachtTotNu(d.aantal(), jaar, vandaag);
            uitkomst.add(new RealisatieRij(d.id(), d.soort(), d.doelgroep(), d.partner(), d.gemeenten(), d.aantal(), gerealiseerd,
                    Voortgang.percentage(gerealiseerd, d.aantal()), verwacht, verwacht - gerealiseerd));
        }
        return new RealisatieOverzicht(regio, jaar, vandaag, uitkomst);
    }

    private int gerealiseerdDoorPartner(Doelstelling d) {
        return getal(em.createNativeQuery("SELECT coalesce(sum(aantal), 0) FROM plaatsingen_per_partner WHERE partner = ?1 AND maand >= ?2 "
                        + "AND maand < ?3 AND regio = ?4 AND (" + Doelgroepen.sqlFilter(d.doelgroep()) + ")")
                .setParameter(1, d.partner()).setParameter(2, LocalDate.of(d.jaar(), 1, 1)).setParameter(3, LocalDate.of(d.jaar() + 1, 1, 1))
                .setParameter(4, d.regio())
                .getSingleResult());
    }

    /** Banenafspraak jobs realised, cumulative per quarter, against the cumulative targets (market + government). */
    public BanenafspraakOverzicht banenafspraak(String regio, Integer totJaar) {
        controleerRegio(regio);
        TreeMap<String, Integer> perKwartaal = new TreeMap<>();
        for (Object[] r : rijen("""
                SELECT extract(year FROM maand)::int, extract(quarter FROM maand)::int, sum(aantal)
                  FROM banenafspraak_per_maand WHERE regio = ?1 GROUP BY 1, 2""", regio)) {
            perKwartaal.put(getal(r[0]) + "-K" + getal(r[1]), getal(r[2]));
        }
        TreeMap<Integer, int[]> doelPerJaar = new TreeMap<>();
        for (Object[] r : rijen("""
                SELECT jaar, soort, sum(aantal) FROM doelstelling
                 WHERE regio = ?1 AND soort IN ('banenafspraak-markt', 'banenafspraak-overheid') GROUP BY 1, 2""", regio)) {
            doelPerJaar.computeIfAbsent(getal(r[0]), j -> new int[2])[Doelstelling.BANENAFSPRAAK_MARKT.equals(r[1]) ? 0 : 1] += getal(r[2]);
        }
        List<BanenafspraakOverzicht.Rij> rijen = new ArrayList<>();
        if (perKwartaal.isEmpty() && doelPerJaar.isEmpty()) {
            return new BanenafspraakOverzicht(regio, rijen);
        }
        int eerste = Math.min(perKwartaal.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(perKwartaal.firstKey().substring(0, 4)),
                doelPerJaar.isEmpty() ? Integer.MAX_VALUE : doelPerJaar.firstKey());
        int laatste = totJaar != null ? totJaar : Math.max(perKwartaal.isEmpty() ? 0 : Integer.parseInt(perKwartaal.lastKey().substring(0, 4)),
                TimeSource.vandaag(clock).getYear());
        int gerealiseerd = 0;
        int markt = 0;
        int overheid = 0;
        for (int jaar = eerste; jaar <= laatste; jaar++) {
            int[] doel = doelPerJaar.getOrDefault(jaar, new int[2]);
            markt += doel[0];
            overheid += doel[1];
            for (int k = 1; k <= 4; k++) {
                int inKwartaal = perKwartaal.getOrDefault(jaar + "-K" + k, 0);
                gerealiseerd += inKwartaal;
                rijen.add(new BanenafspraakOverzicht.Rij(jaar + "-K" + k, inKwartaal, gerealiseerd, markt, overheid, markt + overheid,
                        Voortgang.percentage(gerealiseerd, markt + overheid)));
            }
        }
        return new BanenafspraakOverzicht(regio, rijen);
    }

    /**
     * The steering group's report over a period. Guaranteed jobs are counted in one unit on both sides: positions of
     * vacancies suitable for the Banenafspraak made available, and Banenafspraak placements (each fills one position).
     */
    public Stuurgroeprapportage stuurgroep(String regio, Periode p) {
        controleerRegio(regio);
        Object[] v = rijen("""
                SELECT coalesce(sum(geopend), 0), coalesce(sum(posities_geopend), 0), coalesce(sum(posities_geschikt_banenafspraak), 0),
                       coalesce(sum(breed_uitgezet), 0), coalesce(sum(vervuld), 0), coalesce(sum(posities_vervuld), 0)
                  FROM vacatures_per_maand WHERE regio = ?1 AND maand >= ?2 AND maand < ?3""", regio, p.van(), p.tot()).get(0);
        Object[] c = rijen("""
                SELECT coalesce(sum(aantal) FILTER (WHERE soort = 'bezoek'), 0), coalesce(sum(aantal), 0)
                  FROM contactmomenten_per_maand WHERE regio = ?1 AND maand >= ?2 AND maand < ?3""", regio, p.van(), p.tot()).get(0);
        Map<String, Integer> perDoelgroep = new LinkedHashMap<>();
        Rapportkolom.ALLE.forEach(k -> perDoelgroep.put(k.code(), 0));
        int plaatsingen = 0;
        int garantiebanen = 0;
        for (Object[] r : rijen("""
                SELECT doelgroep, met_iba, banenafspraak, sum(aantal) FROM plaatsingen_per_gemeente
                 WHERE regio = ?1 AND maand >= ?2 AND maand < ?3 GROUP BY 1, 2, 3""", regio, p.van(), p.tot())) {
            int aantal = getal(r[3]);
            perDoelgroep.merge(Rapportkolom.kolom((String) r[0], (Boolean) r[1]), aantal, Integer::sum);
            plaatsingen += aantal;
            if ((Boolean) r[2]) {
                garantiebanen += aantal;
            }
        }
        return new Stuurgroeprapportage(regio, p.van(), p.tot(), getal(v[0]), getal(v[1]), getal(c[0]), getal(c[1]), getal(v[3]),
                getal(v[4]), getal(v[5]), plaatsingen, perDoelgroep, getal(v[2]), garantiebanen, Voortgang.percentage(getal(v[4]), getal(v[0])));
    }

    /**
     * Placements started per month of the year and how many of them ended within six months; an ending straight to other
     * work (the work-to-work outcome) counts as durable ("ook als een succes wordt gezien", seed 002).
     */
    public Duurzaamheid duurzaamheid(String regio, int jaar) {
        controleerRegio(regio);
        Periode p = Periode.jaar(jaar);
        Map<LocalDate, int[]> perMaand = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            perMaand.put(LocalDate.of(jaar, m, 1), new int[4]);
        }
        for (Object[] r : rijen("SELECT maand, sum(aantal) FROM plaatsingen_per_gemeente WHERE regio = ?1 AND maand >= ?2 AND maand < ?3 GROUP BY 1",
                regio, p.van(), p.tot())) {
            perMaand.get(datum(r[0]))[0] += getal(r[1]);
        }
        for (Object[] r : rijen("""
                SELECT startmaand, binnen_zes_maanden, sum(aantal), sum(naar_ander_werk) FROM beeindigingen_per_maand
                 WHERE regio = ?1 AND startmaand >= ?2 AND startmaand < ?3 GROUP BY 1, 2""", regio, p.van(), p.tot())) {
            int[] t = perMaand.get(datum(r[0]));
            t[(Boolean) r[1] ? 1 : 2] += getal(r[2]);
            if ((Boolean) r[1]) {
                t[3] += getal(r[3]);
            }
        }
        List<Duurzaamheid.Rij> rijen = new ArrayList<>();
        int[] totaal = new int[4];
        perMaand.forEach((maand, t) -> {
            rijen.add(duurzaam(maand.toString().substring(0, 7), t));
            for (int i = 0; i < 4; i++) {
                totaal[i] += t[i];
            }
        });
        return new Duurzaamheid(regio, jaar, rijen, duurzaam(String.valueOf(jaar), totaal));
    }

    private static Duurzaamheid.Rij duurzaam(String label, int[] t) {
        return new Duurzaamheid.Rij(label, t[0], t[1], t[3], t[2], t[0] == 0 ? null : Voortgang.percentage(t[0] - t[1] + t[3], t[0]));
    }

    public NpsOverzicht nps(String regio) {
        controleerRegio(regio);
        List<NpsOverzicht.Rij> uitkomst = new ArrayList<>();
        for (Object[] r : rijen("SELECT meetronde, promotors, passief, criticasters FROM nps_per_ronde WHERE regio = ?1 ORDER BY meetronde", regio)) {
            int promotors = getal(r[1]);
            int passief = getal(r[2]);
            int criticasters = getal(r[3]);
            int respons = promotors + passief + criticasters;
            Integer nps = respons == 0 ? null : BigDecimal.valueOf((promotors - criticasters) * 100L)
                    .divide(BigDecimal.valueOf(respons), 0, RoundingMode.HALF_UP).intValueExact();
            uitkomst.add(new NpsOverzicht.Rij((String) r[0], respons, promotors, passief, criticasters, nps));
        }
        return new NpsOverzicht(regio, uitkomst);
    }

    /**
     * The 24-hour rule per month received, by the one definition account-service's {@code /contactverzoeken/naleving}
     * uses too (docs/api.md, "24-hour compliance"): decided are the requests answered or past their 24 hours; the share is
     * answered within 24 hours over those; the requests still inside their 24 hours are counted apart.
     */
    public ContactverzoekNaleving contactverzoeken(String regio, int jaar) {
        controleerRegio(regio);
        Periode p = Periode.jaar(jaar);
        Map<LocalDate, int[]> perMaand = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            perMaand.put(LocalDate.of(jaar, m, 1), new int[5]);
        }
        for (Object[] r : rijen("""
                SELECT maand, ontvangen, binnen_termijn, te_laat, termijn_verstreken, verstreken_daarna_beantwoord
                  FROM contactverzoeken_per_maand
                 WHERE regio = ?1 AND maand >= ?2 AND maand < ?3""", regio, p.van(), p.tot())) {
            int[] t = perMaand.get(datum(r[0]));
            for (int i = 0; i < 5; i++) {
                t[i] += getal(r[i + 1]);
            }
        }
        List<ContactverzoekNaleving.Rij> rijen = new ArrayList<>();
        int[] totaal = new int[5];
        perMaand.forEach((maand, t) -> {
            rijen.add(naleving(maand.toString().substring(0, 7), t));
            for (int i = 0; i < 5; i++) {
                totaal[i] += t[i];
            }
        });
        return new ContactverzoekNaleving(regio, jaar, rijen, naleving(String.valueOf(jaar), totaal));
    }

    /** t: received, answered in time, answered late, flagged past the deadline, of those answered late afterwards. */
    private static ContactverzoekNaleving.Rij naleving(String label, int[] t) {
        int onbeantwoordVerstreken = t[3] - t[4];
        int beslist = t[1] + t[2] + onbeantwoordVerstreken;
        return new ContactverzoekNaleving.Rij(label, t[0], t[1], t[2], onbeantwoordVerstreken, t[0] - beslist,
                Voortgang.percentage(t[1], beslist));
    }

    private static Map<String, Integer> leeg() {
        Map<String, Integer> cellen = new LinkedHashMap<>();
        Rapportkolom.ALLE.forEach(k -> cellen.put(k.code(), 0));
        return cellen;
    }

    private static PlaatsingenTabel tabel(String regio, Periode periode, String indeling, Map<String, Map<String, Integer>> cellen) {
        List<PlaatsingenRij> rijen = new ArrayList<>();
        Map<String, Integer> totalen = leeg();
        cellen.forEach((naam, rij) -> {
            rijen.add(new PlaatsingenRij(naam, rij.values().stream().mapToInt(Integer::intValue).sum(), rij));
            rij.forEach((kolom, aantal) -> totalen.merge(kolom, aantal, Integer::sum));
        });
        PlaatsingenRij totaal = new PlaatsingenRij("Totaal", totalen.values().stream().mapToInt(Integer::intValue).sum(), totalen);
        return new PlaatsingenTabel(regio, periode.van(), periode.tot(), indeling, KOLOMMEN, rijen, totaal);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rijen(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static int getal(Object waarde) {
        return waarde == null ? 0 : ((Number) waarde).intValue();
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
