package nl.wsp.account.werkgever.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.werkgever.WerkgeverRepository;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of the visit list: an employer with more than 25 employees not visited since {@code nietBezochtSinds},
 * with its account manager ({@code accountmanagerId} absent: it has none) and its last visit (absent: never).
 */
public record TeBezoekenWerkgever(@Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId, @Schema(examples = "Bouwbedrijf Van Dijk Soest B.V.") String naam,
                                  @Schema(examples = "32098714") @Nullable String kvkNummer, @Schema(examples = "Soest") @Nullable String vestigingsgemeente,
                                  @Schema(examples = "48") int aantalWerknemers, @Betrokkene(soort = Verwerkingen.ADVISEUR) @Nullable UUID accountmanagerId, @Nullable String accountmanagerNaam,
                                  @Nullable LocalDate laatsteBezoek, @Nullable LocalDate nietBezochtSinds) {

    public static TeBezoekenWerkgever van(WerkgeverRepository.TeBezoeken t, String accountmanagerNaam, LocalDate grens) {
        return new TeBezoekenWerkgever(t.werkgeverId(), t.naam(), t.kvkNummer(), t.vestigingsgemeente(), t.aantalWerknemers(),
                t.accountmanagerId(), accountmanagerNaam, t.laatsteBezoek(), grens);
    }
}
