package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.referentie.Arbeidsmarktregios;
import nl.wsp.vacancy.esco.EscoCatalogus;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks Bean Validation cannot do: ESCO URIs that exist, a work location that is a municipality of the reference
 * data (data/referentie/arbeidsmarktregios.csv), a closing date not before the start date.
 */
@ApplicationScoped
public class InhoudControle {

    private final EscoCatalogus esco;

    InhoudControle(EscoCatalogus esco) {
        this.esco = esco;
    }

    public void controleer(VacatureInhoud inhoud) {
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        if (!esco.isBeroep(inhoud.escoBeroep())) {
            fouten.add(new Problem.InvalidParam("escoBeroep", "geen ESCO-beroep (v1.1.1): " + inhoud.escoBeroep()));
        }
        if (Arbeidsmarktregios.gemeente(inhoud.werklocatieGemeente()).isEmpty()) {
            fouten.add(new Problem.InvalidParam("werklocatieGemeente", "onbekende gemeente; bekend zijn de "
                    + Arbeidsmarktregios.gemeenten().size() + " gemeenten van de arbeidsmarktregio's, in de spelling van het CBS"));
        }
        vaardigheden("vereisteVaardigheden", inhoud.vereisteVaardigheden(), fouten);
        vaardigheden("gewensteVaardigheden", inhoud.gewensteVaardigheden(), fouten);
        if (inhoud.startdatum() != null && inhoud.sluitingsdatum() != null
                && inhoud.sluitingsdatum().isBefore(inhoud.startdatum())) {
            fouten.add(new Problem.InvalidParam("sluitingsdatum", "ligt voor de startdatum " + inhoud.startdatum()));
        }
        datum("startdatum", inhoud.startdatum(), fouten);
        datum("sluitingsdatum", inhoud.sluitingsdatum(), fouten);
        if (!fouten.isEmpty()) {
            throw new ApiProblem(400, "ongeldige-invoer", "Ongeldige invoer", "Het verzoek bevat ongeldige gegevens", fouten, null);
        }
    }

    /** Dates a vacancy may have; anything else (e.g. {@code 2147483648}) is refused before the database sees it. */
    static final java.time.LocalDate VROEGST = java.time.LocalDate.of(2000, 1, 1);
    static final java.time.LocalDate LAATST = java.time.LocalDate.of(2199, 12, 31);

    private static void datum(String veld, java.time.LocalDate datum, List<Problem.InvalidParam> fouten) {
        if (datum != null && (datum.isBefore(VROEGST) || datum.isAfter(LAATST))) {
            fouten.add(new Problem.InvalidParam(veld, "een datum van " + VROEGST + " tot en met " + LAATST));
        }
    }

    private void vaardigheden(String veld, List<String> uris, List<Problem.InvalidParam> fouten) {
        Set<String> bekend = esco.bekendeVaardigheden(uris);
        for (int i = 0; i < uris.size(); i++) {
            if (!bekend.contains(uris.get(i))) {
                fouten.add(new Problem.InvalidParam(veld + "[" + i + "]", "geen ESCO-vaardigheid (v1.1.1): " + uris.get(i)));
            }
        }
    }
}
