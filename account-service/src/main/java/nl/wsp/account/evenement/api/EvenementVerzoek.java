package nl.wsp.account.evenement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wsp.account.evenement.EvenementNiveau;
import nl.wsp.account.evenement.EvenementSoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Register an employer event: a title, kind, level (source 000's three), date, the organising partner (an adviser's own
 * partner when left out; a beheerder names it) and the sector (required at level {@code branche}).
 */
public record EvenementVerzoek(
        @Schema(examples = "Speedmeet Bouw en Techniek Eemland") @NotBlank @Size(max = 200) String naam,
        @Schema(examples = "speedmeet") @NotNull EvenementSoort soort,
        @Schema(examples = "branche") @NotNull EvenementNiveau niveau,
        @Schema(examples = "2026-11-19") @NotNull LocalDate datum,
        @Schema(examples = "gemeente-amersfoort") @Size(max = 64) String organisator,
        @Schema(examples = "bouw") @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "kleine letters, cijfers en koppeltekens") String sector) {
}
