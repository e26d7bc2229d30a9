package nl.wsp.matching.matchen;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.matching.matchen.api.MatchAntwoord;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.wsp.matching.toegang.Beller;
import nl.wsp.matching.vacature.Vacatures;

import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/vacatures/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Uitlegbare matching van vacatures op werkfitte kandidaten")
public class MatchResource {

    private final MatchVacature matchVacature;
    private final Vacatures vacatures;
    private final Beller beller;

    MatchResource(MatchVacature matchVacature, Vacatures vacatures, Beller beller) {
        this.matchVacature = matchVacature;
        this.vacatures = vacatures;
        this.beller = beller;
    }

    @Persoonsgegevens(activiteit = "bemiddeling", handeling = "gematcht")
    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "zoekKandidatenVoorVacature", summary = "Kandidaten voor een open vacature: harde filters, uitgelegde ESCO-geschiktheid, prioriteitsregels",
            description = "Tijdens de eigen-bestandfase alleen kandidaten van de partner van de accountmanager (regel 4); "
                    + "kwetsbare kandidaten eerst onder vergelijkbaren (regel 5); woonplaats en partner tellen niet mee "
                    + "in de geschiktheid (regel 6); bij gelijke geschiktheid gaat de partner met de grootste achterstand "
                    + "op zijn plaatsingsdoel voor (regel 7). Een vacature in haar eigen-bestandtermijn bestaat alleen voor de "
                    + "partner van de accountmanager (en een beheerder): voor anderen 404, zoals vacancy-service antwoordt.")
    public MatchAntwoord matches(@PathParam("id") String id,
                                 @QueryParam("limiet") @DefaultValue("50") @Parameter(description = "Hoeveel (standaard 50, hoogstens 200)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") int limiet) {
        UUID vacatureId = uuid(id).orElseThrow(() -> ApiProblem.notFound("Open vacature"));
        Vacatures.OpenVacature vacature = vacatures.open(vacatureId)
                .filter(v -> beller.zietVacature(v.profiel().accountmanagerPartner(), v.eigenBestandFase()))
                .orElseThrow(() -> ApiProblem.notFound("Open vacature"));
        return matchVacature.match(vacature, limiet); // the vacancy read once per call, not again in the use case
    }

    private static Optional<UUID> uuid(String waarde) {
        try {
            return Optional.of(UUID.fromString(waarde));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not an id we hand out: the vacancy does not exist
        }
    }
}
