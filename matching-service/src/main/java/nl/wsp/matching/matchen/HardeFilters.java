package nl.wsp.matching.matchen;

import nl.wsp.matching.matchen.regels.Kandidaatprofiel;
import nl.wsp.matching.matchen.regels.Vacatureprofiel;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The hard filters that come before any score: a candidate who cannot take the job is not ranked at all.
 * Each refusal says why, so an adviser can see it.
 */
public final class HardeFilters {

    private HardeFilters() {
    }

    /**
     * @param eigenBestandFase true while the vacancy is in its own-caseload window: only the account manager's
     *                         partner's candidates qualify (rule 4)
     * @return why the candidate is filtered out, or empty when they pass
     */
    public static Optional<String> afwijzing(Vacatureprofiel vacature, Kandidaatprofiel kandidaat, boolean eigenBestandFase) {
        if (eigenBestandFase && !kandidaat.partner().equals(vacature.accountmanagerPartner())) {
            return Optional.of("eigen-bestand: alleen kandidaten van " + vacature.accountmanagerPartner() + " tot de vacature breed is uitgezet");
        }
        if (kandidaat.urenPerWeek() < vacature.urenPerWeek()) {
            return Optional.of("uren: beschikbaar " + kandidaat.urenPerWeek() + " uur, vacature vraagt " + vacature.urenPerWeek());
        }
        if (vacature.rijbewijsVereist() && !kandidaat.rijbewijs()) {
            return Optional.of("rijbewijs: vereist, kandidaat heeft er geen");
        }
        if (!bereikbaar(vacature, kandidaat)) {
            return Optional.of("mobiliteit: " + vacature.werklocatieGemeente() + " valt buiten de reisafstand van de kandidaat");
        }
        return Optional.empty();
    }

    private static boolean bereikbaar(Vacatureprofiel vacature, Kandidaatprofiel kandidaat) {
        if (kandidaat.gemeenten().contains(vacature.werklocatieGemeente())) {
            return true;
        }
        if (kandidaat.maximaleReisafstandKm() == null) {
            return vacature.werklocatieGemeente() != null && vacature.werklocatieGemeente().equals(kandidaat.woongemeente());
        }
        OptionalDouble km = Gemeentekaart.afstandKm(kandidaat.woongemeente(), vacature.werklocatieGemeente());
        return km.isPresent() && km.getAsDouble() <= kandidaat.maximaleReisafstandKm();
    }
}
