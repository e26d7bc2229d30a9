package nl.wsp.account.evenement.api;

import jakarta.annotation.Nullable;
import nl.wsp.account.evenement.Evenement;
import nl.wsp.account.evenement.EvenementNiveau;
import nl.wsp.account.evenement.EvenementSoort;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An employer event with its attendance ({@code aantalKandidaten} and {@code aanwezigheidVastgelegdOp} absent until recorded). */
public record EvenementWeergave(
        @Schema(examples = "8e1f4a2b-6c3d-4b9e-a7f5-0d2c1b3a4e96") UUID id,
        @Schema(examples = "Speedmeet Bouw en Techniek Eemland") String naam,
        @Schema(examples = "speedmeet") EvenementSoort soort,
        @Schema(examples = "branche") EvenementNiveau niveau,
        @Schema(examples = "2026-11-19") LocalDate datum,
        @Schema(examples = "gemeente-amersfoort") String organisator,
        @Schema(examples = "Amersfoort") String regio,
        @Schema(examples = "bouw") @Nullable String sector,
        @Schema(examples = "[\"3f2b8c1e-7d4a-4e9b-a6c5-1b0d9e8f7a62\", \"5c9d2e7a-1b3f-4a8c-9e6d-7f0a1b2c3d48\"]") @Betrokkene(soort = Verwerkingen.WERKGEVER) List<UUID> werkgeverIds,
        @Schema(examples = "24") @Nullable Integer aantalKandidaten,
        @Schema(examples = "2026-11-20T09:15:00Z") @Nullable Instant aanwezigheidVastgelegdOp) {

    public static EvenementWeergave van(Evenement e) {
        return new EvenementWeergave(e.id(), e.naam(), e.soort(), e.niveau(), e.datum(), e.organisator(), e.regio(), e.sector(),
                e.werkgeverIds(), e.aantalKandidaten(), e.aanwezigheidVastgelegdOp());
    }
}
