package nl.wsp.matching.instrument.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.matching.instrument.Instrumenten;
import nl.wsp.platform.validatie.RedelijkeDatum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The MT's exception to the regional menu (seed 004: "het managementteam gemandateerd om af te wijken"). */
public record MenukaartAfwijking(
        @Schema(examples = "J. de Vries, MT WerkgeversServicepunt Midden-Brabant", description = "Het MT-lid dat de afwijking goedkeurde")
        @NotBlank @Size(max = 200) String goedgekeurdDoor,
        @Schema(examples = "2031-03-18", description = "Wanneer het MT goedkeurde; niet in de toekomst")
        @NotNull @RedelijkeDatum LocalDate goedgekeurdOp,
        @Schema(examples = "Werkgever neemt drie kandidaten tegelijk aan; een langere proefplaatsing is nodig voor de nachtdienst")
        @NotBlank @Size(max = 2000) String reden) {

    public Instrumenten.Afwijking alsAfwijking() {
        return new Instrumenten.Afwijking(goedgekeurdDoor, goedgekeurdOp, reden);
    }
}
