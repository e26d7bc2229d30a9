package nl.wsp.account.team.api;

import nl.wsp.account.team.Team;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A unit with its work area; its members are {@code GET /api/v1/teams/{id}/leden}. */
public record TeamWeergave(@Schema(examples = "5e1f7a3c-2b9d-4c8e-a6f0-3d7b9e1c5a24") UUID id,
                           @Schema(examples = "Amersfoort") String regio,
                           @Schema(examples = "Team Eemland-Noord") String naam,
                           @Schema(examples = "[\"Amersfoort\", \"Baarn\", \"Soest\"]") List<String> werkgebied,
                           @Schema(examples = "2026-12-01T09:00:00Z") Instant ingerichtOp) {

    public static TeamWeergave van(Team t) {
        return new TeamWeergave(t.id(), t.regio(), t.naam(), t.werkgebied(), t.ingerichtOp());
    }
}
