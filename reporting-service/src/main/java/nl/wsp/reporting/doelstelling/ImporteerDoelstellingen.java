package nl.wsp.reporting.doelstelling;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.reporting.doelstelling.api.DoelstellingInvoer;
import nl.wsp.reporting.doelstelling.api.ImportVerzoek;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.reporting.referentie.Regios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports targets from the CSV files the region publishes: placement targets per kind and municipality group
 * ("Amersfoort+Leusden", or "region" for all), and Banenafspraak targets per municipality per year. All or nothing.
 * National and regional total rows of the Banenafspraak files are not targets of their own: they are skipped.
 */
@ApplicationScoped
public class ImporteerDoelstellingen {

    static final Map<String, String> SOORT_LABELS = Map.of(
            "wajong", "wajong",
            "wia/wga", "wia-wga",
            "wga", "wia-wga",
            "ww", "ww",
            "bijstand", "bijstand",
            "nug", "nug",
            "bijstand/nug met beperking", Doelgroepen.BIJSTAND_NUG_MET_BEPERKING);

    private final StelDoelstellingenVast stelVast;
    private final Regios regios;

    ImporteerDoelstellingen(StelDoelstellingenVast stelVast, Regios regios) {
        this.stelVast = stelVast;
        this.regios = regios;
    }

    public List<Doelstelling> importeer(ImportVerzoek verzoek) {
        if (!regios.bestaat(verzoek.regio())) {
            throw ApiProblem.invalid("regio", "onbekende regio");
        }
        if (!Doelstelling.SOORTEN.contains(verzoek.soort())) {
            throw ApiProblem.invalid("soort", "onbekende waarde; toegestaan: " + String.join(", ", Doelstelling.SOORTEN));
        }
        List<String[]> regels = Arrays.stream(verzoek.csv().split("\\r?\\n"))
                .map(r -> Arrays.stream(r.split(",", -1)).map(c -> c.trim().replaceAll("^\"|\"$", "")).toArray(String[]::new))
                .toList();
        if (regels.isEmpty() || regels.get(0).length < 2) {
            throw ApiProblem.invalid("csv", "een kopregel en ten minste één regel");
        }
        List<StelDoelstellingenVast.Regel> invoer = Doelstelling.PLAATSINGEN.equals(verzoek.soort())
                ? plaatsingen(verzoek, regels) : banenafspraak(verzoek, regels);
        if (invoer.isEmpty()) {
            throw ApiProblem.invalid("csv", "geen enkele doelstelling gevonden");
        }
        return stelVast.stelVast(invoer);
    }

    private List<StelDoelstellingenVast.Regel> plaatsingen(ImportVerzoek verzoek, List<String[]> regels) {
        List<String> kop = Arrays.stream(regels.get(0)).map(k -> k.toLowerCase(Locale.ROOT)).toList();
        int soort = kolom(kop, "placement_kind", "doelgroep");
        int gemeenten = kolom(kop, "municipalities", "gemeenten");
        int doel = -1;
        Integer jaar = verzoek.jaar();
        for (int i = 0; i < kop.size(); i++) {
            if (kop.get(i).startsWith("target") || kop.get(i).startsWith("doel")) {
                doel = i;
                String suffix = kop.get(i).replaceAll("\\D", "");
                if (jaar == null && suffix.length() == 4) {
                    jaar = Integer.parseInt(suffix);
                }
            }
        }
        if (doel < 0) {
            throw ApiProblem.invalid("csv", "kopregel mist de kolom target_<jaar>");
        }
        if (jaar == null) {
            throw ApiProblem.invalid("jaar", "noem het jaar, of gebruik de kolom target_<jaar>");
        }
        List<String> regioGemeenten = regios.gemeenten(verzoek.regio());
        List<StelDoelstellingenVast.Regel> invoer = new ArrayList<>();
        for (int n = 1; n < regels.size(); n++) {
            String[] r = regels.get(n);
            if (r.length == 1 && r[0].isBlank()) {
                continue;
            }
            String veld = "csv[" + (n + 1) + "].";
            if (r.length != kop.size()) {
                throw ApiProblem.invalid("csv[" + (n + 1) + "]", "verwacht " + kop.size() + " kolommen, gevonden " + r.length);
            }
            String label = r[soort].toLowerCase(Locale.ROOT);
            String doelgroep = SOORT_LABELS.getOrDefault(label, Doelgroepen.VOOR_DOELSTELLING.contains(label) ? label : null);
            if (doelgroep == null) {
                throw ApiProblem.invalid(veld + kop.get(soort), "onbekende doelgroep '" + r[soort] + "'");
            }
            String wie = r[gemeenten];
            List<String> lijst = wie.equalsIgnoreCase("region") || wie.equalsIgnoreCase("regio")
                    ? regioGemeenten : Arrays.stream(wie.split("\\+")).map(String::trim).toList();
            invoer.add(new StelDoelstellingenVast.Regel(veld, new DoelstellingInvoer(verzoek.regio(), jaar, Doelstelling.PLAATSINGEN,
                    doelgroep, null, lijst, getal(r[doel], veld + kop.get(doel)), "geïmporteerd: " + r[soort] + ", " + wie)));
        }
        return invoer;
    }

    private List<StelDoelstellingenVast.Regel> banenafspraak(ImportVerzoek verzoek, List<String[]> regels) {
        String[] kop = regels.get(0);
        List<StelDoelstellingenVast.Regel> invoer = new ArrayList<>();
        for (int n = 1; n < regels.size(); n++) {
            String[] r = regels.get(n);
            if (r.length == 1 && r[0].isBlank()) {
                continue;
            }
            if (r.length != kop.length) {
                throw ApiProblem.invalid("csv[" + (n + 1) + "]", "verwacht " + kop.length + " kolommen, gevonden " + r.length);
            }
            String gebied = r[0];
            if (gebied.equalsIgnoreCase("Landelijk") || gebied.toLowerCase(Locale.ROOT).startsWith("regio ")) {
                continue; // totals: the sum of the municipal targets, not a target of its own
            }
            for (int k = 1; k < kop.length; k++) {
                if (!kop[k].matches("\\d{4}")) {
                    continue; // the total column
                }
                int jaar = Integer.parseInt(kop[k]);
                if (verzoek.jaar() != null && verzoek.jaar() != jaar) {
                    continue;
                }
                String veld = "csv[" + (n + 1) + "].";
                if (r[k].isBlank()) {
                    continue;
                }
                invoer.add(new StelDoelstellingenVast.Regel(veld, new DoelstellingInvoer(verzoek.regio(), jaar, verzoek.soort(),
                        Doelgroepen.BANENAFSPRAAK, null, List.of(gebied), getal(r[k], veld + kop[k]), "geïmporteerd")));
            }
        }
        return invoer;
    }

    private static int kolom(List<String> kop, String... namen) {
        for (String naam : namen) {
            if (kop.contains(naam)) {
                return kop.indexOf(naam);
            }
        }
        throw ApiProblem.invalid("csv", "kopregel mist de kolom " + namen[0]);
    }

    private static int getal(String waarde, String veld) {
        try {
            int getal = Integer.parseInt(waarde.trim());
            if (getal < 0) {
                throw ApiProblem.invalid(veld, "mag niet negatief zijn");
            }
            return getal;
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(veld, "geen geheel getal");
        }
    }
}
