package nl.wsp.account.sectortafel.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.sectortafel.Sectortafel;

import java.util.List;
import java.util.UUID;

public record SectortafelWeergave(UUID id, String regio, String naam, List<String> sectoren, @Betrokkene(soort = Verwerkingen.ADVISEUR) @Nullable UUID contactAdviseurId, @Nullable String contactTelefoon) {

    public static SectortafelWeergave van(Sectortafel s) {
        return new SectortafelWeergave(s.id(), s.regio(), s.naam(), s.sectoren().stream().sorted().toList(), s.contactAdviseurId(), s.contactTelefoon());
    }
}
