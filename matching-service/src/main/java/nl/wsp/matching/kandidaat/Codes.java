package nl.wsp.matching.kandidaat;

import nl.wsp.referentie.Doelgroepen;

import java.util.List;
import java.util.Set;

/** The code lists a candidate profile is checked against: the same codes everywhere (docs/events.md, seed 001). */
public final class Codes {

    private Codes() {
    }

    /** Target groups, the same codes in every service: data/referentie/doelgroepen.csv. */
    public static final List<String> DOELGROEPEN = Doelgroepen.codes();

    /** domain.md: the cross-cutting vulnerable groups named in the sources. */
    public static final List<String> KWETSBAARHEDEN = List.of("50-plus", "statushouder",
            "jongere-zonder-startkwalificatie", "alleenstaande-ouder");

    /** Seed 001, "Werknemersvaardigheden": the employee skills that make a candidate job-ready. */
    public static final List<String> WERKNEMERSVAARDIGHEDEN = List.of("werkmotivatie", "zelfstandigheid",
            "flexibiliteit", "resultaatgerichtheid", "zorgvuldigheid", "plannen-en-organiseren", "punctualiteit",
            "opvolgen-van-instructies-en-procedures", "samenwerken-en-overleggen", "sociale-vaardigheden",
            "klantgerichtheid", "communicatie-in-het-nederlands", "initiatief");

    /** Seed 001, "Leefgebieden": the life domains a note may be about. */
    public static final List<String> LEEFGEBIEDEN = List.of("schulden", "dagbesteding", "huisvesting",
            "huiselijke-relaties", "geestelijke-gezondheid", "lichamelijke-gezondheid", "verslaving", "dagritme",
            "sociaal-netwerk", "justitie");

    /** Dutch education levels, lowest first (the order matching compares on). */
    public static final List<String> OPLEIDINGSNIVEAUS = List.of("geen", "basisonderwijs", "vmbo", "mbo-1", "mbo-2",
            "mbo-3", "mbo-4", "havo", "vwo", "hbo", "wo");

    /** Dutch/EU driving licence categories. */
    public static final Set<String> RIJBEWIJZEN = Set.of("AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE",
            "D1", "D1E", "D", "DE", "T");

    /** Why a partner withdraws a candidate. */
    /**
     * The age bands a partner system may send ({@code leeftijdsband}, optional; docs/adr/0043): below 27 (the youth
     * boundary of the Participatiewet), 27 to 49, 50 and over (the {@code 50-plus} of the vulnerabilities). A band, never
     * a date or year: what the fairness monitor needs and no more.
     */
    public static final List<String> LEEFTIJDSBANDEN = List.of("tot-27", "27-49", "50-plus");
    public static final List<String> REDENEN_INTREKKING = List.of("niet-meer-werkfit", "elders-geplaatst", "verhuisd");
}
