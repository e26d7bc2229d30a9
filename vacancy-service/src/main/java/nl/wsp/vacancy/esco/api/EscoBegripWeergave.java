package nl.wsp.vacancy.esco.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ESCO occupation or skill as the lookup shows it: the label in the asked language where ESCO has one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EscoBegripWeergave(
        @Schema(description = "De ESCO-URI van het begrip", examples = "http://data.europa.eu/esco/occupation/040fcfa5-24be-43eb-afd5-828297175b16")
        String uri,
        @Schema(description = "De voorkeursterm in de gevraagde taal (`Accept-Language`, standaard Nederlands), anders in de andere taal",
                examples = "magazijnmedewerker kleding")
        String label,
        @Schema(description = "De taal van `label`: `nl` of `en`; `en` bij een Nederlandse vraag betekent dat ESCO (of data/esco) geen Nederlandse term heeft",
                enumeration = {"nl", "en"}, examples = "nl")
        String taal,
        @Schema(description = "De Nederlandse voorkeursterm; afwezig als er geen is", examples = "magazijnmedewerker kleding")
        @Nullable String labelNl,
        @Schema(description = "De Engelse voorkeursterm", examples = "warehouse operators for clothing")
        String labelEn) {
}
