package nl.wsp.account.accountplan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A key account's plan: its goals, the actions agreed with dates, and when the plan is to be reviewed. */
public record AccountplanVerzoek(
        @Schema(examples = "[\"Vijf leerwerkplekken in de logistiek in 2027\", \"Twee garantiebanen in de administratie\"]") @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> doelen,
        @Schema(examples = "[{\"omschrijving\": \"Inclusieve arbeidsanalyse van het magazijn\", \"uiterlijk\": \"2027-02-15\", \"afgerond\": false}]") @NotNull @Size(max = 50) List<@NotNull @Valid ActieVerzoek> acties,
        @Schema(examples = "2027-06-30") @NotNull LocalDate herzieningsdatum) {

    public record ActieVerzoek(@Schema(examples = "Inclusieve arbeidsanalyse van het magazijn") @NotBlank @Size(max = 1000) String omschrijving,
                               @Schema(examples = "2027-02-15") @NotNull LocalDate uiterlijk,
                               @Schema(examples = "false") @NotNull Boolean afgerond) {
    }
}
