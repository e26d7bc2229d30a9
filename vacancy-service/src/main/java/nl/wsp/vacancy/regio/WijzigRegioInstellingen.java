package nl.wsp.vacancy.regio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.referentie.Arbeidsmarktregios;
import nl.wsp.vacancy.beller.Beller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Use case: a region's beheerder (claim {@code regio}) or the national beheerder sets the region's own-caseload window.
 * Guarded by the version the caller last read (If-Match), recorded with who, when, old and new value in the same
 * transaction. Vacancies opened afterwards get the new window; an open vacancy keeps the deadline it was opened with.
 */
@ApplicationScoped
public class WijzigRegioInstellingen {

    /** The bounds of a window: an hour at least (a partner must be able to act), two weeks at most (rule 4 is about a day). */
    public static final Duration KORTSTE = Duration.ofHours(1);
    public static final Duration LANGSTE = Duration.ofDays(14);

    private final RegioInstellingRepository instellingen;
    private final RegioInstellingen huidige;
    private final Beller beller;
    private final Clock clock;

    WijzigRegioInstellingen(RegioInstellingRepository instellingen, RegioInstellingen huidige, Beller beller, Clock clock) {
        this.instellingen = instellingen;
        this.huidige = huidige;
        this.beller = beller;
        this.clock = clock;
    }

    /** Refuses (404) a region that is not in the reference data or not the caller's, exactly as a missing resource. */
    public void magZien(String regio) {
        if (!Arbeidsmarktregios.regios().contains(regio) || !beller.ziet(regio)) {
            throw ApiProblem.notFound("De instellingen van regio " + regio);
        }
    }

    /** The window the text names: an ISO-8601 duration in whole minutes within the bounds, else 400 naming the field. */
    public static Duration termijn(String tekst) {
        Duration termijn;
        try {
            termijn = Duration.parse(tekst);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("eigenBestandTermijn", "een ISO-8601-duur zoals PT24H of P2D");
        }
        if (termijn.compareTo(KORTSTE) < 0 || termijn.compareTo(LANGSTE) > 0 || termijn.toSecondsPart() != 0 || termijn.getNano() != 0) {
            throw ApiProblem.invalid("eigenBestandTermijn", "in hele minuten, van " + KORTSTE + " tot en met " + LANGSTE + " (P14D)");
        }
        return termijn;
    }

    @Transactional
    public void wijzig(String regio, Duration termijn, String ifMatch) {
        magZien(regio);
        RegioInstelling instelling = instellingen.voorWijziging(regio);
        if (instelling.versie() != Etag.versie(ifMatch, instelling.versie())) {
            throw new ApiProblem(412, "voorwaarde-mislukt", "Voorwaarde niet vervuld",
                    "De instellingen van regio " + regio + " zijn gewijzigd sinds u ze las; lees ze opnieuw", null,
                    Map.of("versie", Etag.van(instelling.versie())));
        }
        Duration oud = instelling.eigenBestandTermijn().orElseGet(() -> huidige.standaard(regio));
        Instant nu = clock.instant();
        if (instelling.stelEigenBestandTermijnIn(termijn, beller.wie(), nu)) {
            instellingen.leg(new RegioInstellingWijziging(regio, "eigenBestandTermijn", oud.toString(), termijn.toString(),
                    beller.wie(), rol(), nu));
        }
    }

    /** The role as the audit trail keeps it: the national beheerder, or the beheerder of the region. */
    private String rol() {
        return beller.regio().map(r -> "beheerder regio " + r).orElse("beheerder landelijk");
    }
}
