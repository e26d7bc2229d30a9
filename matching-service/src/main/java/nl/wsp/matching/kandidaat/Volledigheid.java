package nl.wsp.matching.kandidaat;

import java.util.ArrayList;
import java.util.List;

/**
 * How complete a candidate's profile is for matching: the share (0–100) of the profile fields that are filled,
 * and which are missing, so a partner can fill the gaps at the source. Every field weighs the same.
 */
public record Volledigheid(int score, List<String> ontbrekendeVelden) {

    public static final List<String> VELDEN = List.of("naam", "contact", "jobreadySinds", "urenPerWeek", "mobiliteit",
            "gewensteBeroepen", "vaardigheden", "werkervaring", "opleidingsniveau", "talen", "rijbewijzen",
            "werknemersvaardigheden");

    public static Volledigheid van(Profiel p, Persoonsgegevens g) {
        List<String> ontbrekend = new ArrayList<>();
        check(ontbrekend, "naam", g.naam() != null && g.naam().achternaam() != null);
        check(ontbrekend, "contact", g.contact() != null && (g.contact().email() != null || g.contact().telefoon() != null));
        check(ontbrekend, "jobreadySinds", p.jobreadySinds() != null);
        check(ontbrekend, "urenPerWeek", p.urenPerWeek() != null);
        check(ontbrekend, "mobiliteit", p.mobiliteit() != null && (p.mobiliteit().maximaleReisafstandKm() != null
                || gevuld(p.mobiliteit().gemeenten())));
        check(ontbrekend, "gewensteBeroepen", gevuld(p.gewensteBeroepen()));
        check(ontbrekend, "vaardigheden", gevuld(p.vaardigheden()));
        check(ontbrekend, "werkervaring", p.werkervaring() != null); // an empty list says: no experience
        check(ontbrekend, "opleidingsniveau", p.opleidingsniveau() != null);
        check(ontbrekend, "talen", gevuld(p.talen()));
        check(ontbrekend, "rijbewijzen", p.rijbewijzen() != null); // an empty list says: no licence
        check(ontbrekend, "werknemersvaardigheden", gevuld(p.werknemersvaardigheden()));
        int score = Math.round(100f * (VELDEN.size() - ontbrekend.size()) / VELDEN.size());
        return new Volledigheid(score, List.copyOf(ontbrekend));
    }

    private static void check(List<String> ontbrekend, String veld, boolean aanwezig) {
        if (!aanwezig) {
            ontbrekend.add(veld);
        }
    }

    private static boolean gevuld(List<?> lijst) {
        return lijst != null && !lijst.isEmpty();
    }
}
