package nl.wsp.matching.matchen.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Suitability of a candidate for a vacancy, 0–100, from ESCO alone: occupation, essential and optional skills,
 * experience and education. Every point is explained. Where the candidate lives and which partner registered them
 * never enter the score (rule 6: only suitability counts); distance is a hard filter on the candidate's own mobility.
 */
public final class Geschiktheid {

    static final double BEROEP = 35;
    static final double VEREISTE_VAARDIGHEDEN = 30;
    static final double GEWENSTE_VAARDIGHEDEN = 10;
    static final double WERKERVARING = 15;
    static final double OPLEIDING = 10;
    static final double JAREN_VOOR_VOLLE_ERVARING = 5;

    static final List<String> OPLEIDINGSNIVEAUS = List.of("geen", "basisonderwijs", "vmbo", "mbo-1", "mbo-2",
            "mbo-3", "mbo-4", "havo", "vwo", "hbo", "wo");

    public record Factor(String naam, double gewicht, double bijdrage, String toelichting) {
    }

    public record Score(double totaal, List<Factor> factoren, List<String> gematchteVaardigheden,
                        List<String> ontbrekendeVaardigheden) {
    }

    private final Function<String, String> iscoGroepVan;

    /** @param iscoGroepVan the 4-digit ISCO group of an ESCO occupation URI (null when unknown) */
    public Geschiktheid(Function<String, String> iscoGroepVan) {
        this.iscoGroepVan = iscoGroepVan;
    }

    public Score score(Vacatureprofiel vacature, Kandidaatprofiel kandidaat) {
        List<Factor> factoren = new ArrayList<>();
        factoren.add(beroep(vacature, kandidaat));

        List<String> gematcht = new ArrayList<>();
        List<String> ontbrekend = new ArrayList<>();
        vacature.vereisteVaardigheden().stream().sorted().forEach(v -> (kandidaat.vaardigheden().contains(v) ? gematcht : ontbrekend).add(v));
        factoren.add(dekking("vereiste-vaardigheden", VEREISTE_VAARDIGHEDEN, gematcht.size(), vacature.vereisteVaardigheden().size()));

        long gewenst = vacature.gewensteVaardigheden().stream().filter(kandidaat.vaardigheden()::contains).count();
        vacature.gewensteVaardigheden().stream().sorted().filter(kandidaat.vaardigheden()::contains).forEach(gematcht::add);
        factoren.add(dekking("gewenste-vaardigheden", GEWENSTE_VAARDIGHEDEN, (int) gewenst, vacature.gewensteVaardigheden().size()));

        factoren.add(werkervaring(vacature, kandidaat));
        factoren.add(opleiding(vacature, kandidaat));

        double totaal = Math.round(factoren.stream().mapToDouble(Factor::bijdrage).sum() * 10) / 10.0;
        return new Score(totaal, List.copyOf(factoren), List.copyOf(gematcht), List.copyOf(ontbrekend));
    }

    private Factor beroep(Vacatureprofiel vacature, Kandidaatprofiel kandidaat) {
        if (kandidaat.beroepen().contains(vacature.beroep()) || kandidaat.werkervaring().containsKey(vacature.beroep())) {
            return new Factor("beroep", BEROEP, BEROEP, "hetzelfde ESCO-beroep");
        }
        String isco = vacature.iscoGroep();
        if (isco != null && kandidaat.iscoGroepen().contains(isco)) {
            return new Factor("beroep", BEROEP, 20, "een beroep in dezelfde ISCO-groep " + isco);
        }
        if (isco != null && isco.length() == 4 && kandidaat.iscoGroepen().stream().anyMatch(g -> g.startsWith(isco.substring(0, 3)))) {
            return new Factor("beroep", BEROEP, 10, "een beroep in dezelfde ISCO-subgroep " + isco.substring(0, 3));
        }
        return new Factor("beroep", BEROEP, 0, "geen verwant beroep");
    }

    private static Factor dekking(String naam, double gewicht, int gedekt, int gevraagd) {
        if (gevraagd == 0) {
            return new Factor(naam, gewicht, gewicht, "de vacature vraagt er geen");
        }
        double bijdrage = Math.round(gewicht * gedekt / gevraagd * 10) / 10.0;
        return new Factor(naam, gewicht, bijdrage, gedekt + " van " + gevraagd + " gedekt");
    }

    private Factor werkervaring(Vacatureprofiel vacature, Kandidaatprofiel kandidaat) {
        double zelfde = kandidaat.werkervaring().getOrDefault(vacature.beroep(), 0.0);
        double verwant = kandidaat.werkervaring().entrySet().stream()
                .filter(e -> !e.getKey().equals(vacature.beroep()))
                .filter(e -> vacature.iscoGroep() != null && vacature.iscoGroep().equals(iscoGroepVan.apply(e.getKey())))
                .mapToDouble(e -> e.getValue() / 2)
                .sum();
        double jaren = Math.min(JAREN_VOOR_VOLLE_ERVARING, zelfde + verwant);
        double bijdrage = Math.round(WERKERVARING * jaren / JAREN_VOOR_VOLLE_ERVARING * 10) / 10.0;
        String toelichting = zelfde > 0 ? zelfde + " jaar in dit beroep" : verwant > 0 ? "ervaring in een verwant beroep (telt half)" : "geen ervaring in dit beroep";
        return new Factor("werkervaring", WERKERVARING, bijdrage, toelichting);
    }

    private static Factor opleiding(Vacatureprofiel vacature, Kandidaatprofiel kandidaat) {
        int gevraagd = niveau(vacature.opleidingsniveau());
        if (gevraagd <= 0) {
            return new Factor("opleiding", OPLEIDING, OPLEIDING, "geen opleidingseis");
        }
        int heeft = niveau(kandidaat.opleidingsniveau());
        if (heeft >= gevraagd) {
            return new Factor("opleiding", OPLEIDING, OPLEIDING, "voldoet aan " + vacature.opleidingsniveau());
        }
        if (heeft == gevraagd - 1) {
            return new Factor("opleiding", OPLEIDING, OPLEIDING / 2, "één niveau onder " + vacature.opleidingsniveau());
        }
        return new Factor("opleiding", OPLEIDING, 0, "onder " + vacature.opleidingsniveau());
    }

    /** The index of an education level in {@link #OPLEIDINGSNIVEAUS}, -1 when unknown. */
    public static int niveau(String code) {
        return code == null ? -1 : OPLEIDINGSNIVEAUS.indexOf(code);
    }
}
