package nl.wsp.account.sectortafel.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;

import nl.wsp.account.sectortafel.Sectortafel;

import java.util.List;
import java.util.UUID;

public record SectortafelWeergave(UUID id, String regio, String naam, List<String> sectoren,
                                  @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID contactAdviseurId, String contactTelefoon) {

    public static SectortafelWeergave van(Sectortafel s) {
        return new SectortafelWeergave(s.id(), s.regio(), s.naam(), s.sectoren().stream().sorted().toList(), s.contactAdviseurId(), s.contactTelefoon());
    }
}
