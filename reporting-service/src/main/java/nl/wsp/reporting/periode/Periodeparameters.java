package nl.wsp.reporting.periode;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;
import nl.wsp.platform.http.Referentie;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The four query parameters of every report over a period ({@code regio}, {@code jaar}, {@code kwartaal},
 * {@code maand}), once: a {@code @BeanParam} of the realisation, service and network reports. Their ranges are checked
 * here and only here; a bad value is a 400 naming the parameter.
 */
public record Periodeparameters(
        @QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht")
        @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio,
        @QueryParam("jaar") @NotNull(message = "verplicht")
        @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100")
        @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
        @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4")
        @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal,
        @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12")
        @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {

    /** The period asked for (the parameters are valid by then). */
    public Periode periode() {
        return Periode.van(jaar, kwartaal, maand);
    }
}
