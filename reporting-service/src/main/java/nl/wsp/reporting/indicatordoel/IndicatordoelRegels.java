package nl.wsp.reporting.indicatordoel;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.reporting.referentie.Regios;

import java.time.Instant;
import java.util.UUID;

/**
 * Checks an indicator target (docs/adr/0039): a known region, a year 2000–2100, a known indicator, a count not
 * negative and an NPS from -100 to 100, and a sector that the region's employers have (the sector codes of the employer
 * events; a target for a sector no employer of the region is in could never be realised). Each refusal a 400 naming the
 * field, prefixed by {@code veld} ("indicatoren[2]." for a line of a sector plan).
 */
@ApplicationScoped
public class IndicatordoelRegels {

    static final int MAX_AANTAL = 1_000_000;

    private final Regios regios;
    private final Indicatorcijfers cijfers;

    IndicatordoelRegels(Regios regios, Indicatorcijfers cijfers) {
        this.regios = regios;
        this.cijfers = cijfers;
    }

    public void regioEnJaar(String regio, Integer jaar) {
        if (regio == null || !regios.bestaat(regio)) {
            throw ApiProblem.invalid("regio", "onbekende regio");
        }
        if (jaar == null || jaar < 2000 || jaar > 2100) {
            throw ApiProblem.invalid("jaar", "een jaar van 2000 tot en met 2100");
        }
    }

    public void sector(String regio, String sector, String veld) {
        if (sector != null && !cijfers.sectorBekend(regio, sector)) {
            throw ApiProblem.invalid(veld, "onbekende sector in regio " + regio + ": geen werkgever van de regio heeft deze sector");
        }
    }

    public static void indicator(String indicator, String veld) {
        if (!Indicator.bestaat(indicator)) {
            throw ApiProblem.invalid(veld, "onbekende indicator; toegestaan: " + String.join(", ", Indicator.ALLE));
        }
    }

    public Indicatordoel normaliseer(UUID id, String regio, Integer jaar, String indicator, String sector, Integer doel,
                                     String toelichting, String veld, Instant nu) {
        regioEnJaar(regio, jaar);
        indicator(indicator, veld + "indicator");
        if (doel == null) {
            throw ApiProblem.invalid(veld + "doel", "verplicht");
        }
        if (Indicator.NPS.equals(indicator) && (doel < -100 || doel > 100)) {
            throw ApiProblem.invalid(veld + "doel", "een NPS van -100 tot en met 100");
        }
        if (!Indicator.NPS.equals(indicator) && (doel < 0 || doel > MAX_AANTAL)) {
            throw ApiProblem.invalid(veld + "doel", "een aantal van 0 tot en met " + MAX_AANTAL);
        }
        String s = sector == null || sector.isBlank() ? null : sector.trim();
        sector(regio, s, "sector");
        return new Indicatordoel(id, regio, jaar, indicator, s, doel, toelichting, nu);
    }
}
