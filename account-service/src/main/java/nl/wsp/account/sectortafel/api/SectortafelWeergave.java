package nl.wsp.account.sectortafel.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.sectortafel.Sectortafel;

import java.util.List;
import java.util.UUID;

public record SectortafelWeergave(@Schema(examples = "1d6c9e4b-8a2f-4c7d-b3e5-0f9a8b7c6d15") UUID id, @Schema(examples = "Amersfoort") String regio,
                                  @Schema(examples = "Sectortafel Bouw en Techniek Eemland") String naam, @Schema(examples = "[\"bouw\", \"techniek\"]") List<String> sectoren,
                                  @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @Betrokkene(soort = Verwerkingen.ADVISEUR) @Nullable UUID contactAdviseurId, @Schema(examples = "033 422 3100") @Nullable String contactTelefoon) {

    public static SectortafelWeergave van(Sectortafel s) {
        return new SectortafelWeergave(s.id(), s.regio(), s.naam(), s.sectoren().stream().sorted().toList(), s.contactAdviseurId(), s.contactTelefoon());
    }
}
