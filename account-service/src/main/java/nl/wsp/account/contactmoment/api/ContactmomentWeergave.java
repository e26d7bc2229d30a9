package nl.wsp.account.contactmoment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.account.contactmoment.ContactSoort;
import nl.wsp.account.contactmoment.Contactmoment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactmomentWeergave(@Schema(examples = "8b3f6a2d-4e1c-4b9a-8f7d-6c5e0a1b2d93") UUID id, @Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId,
                                    @Schema(examples = "bezoek") ContactSoort soort, @Schema(examples = "2026-11-24") LocalDate datum,
                                    @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID adviseurId,
                                    @Schema(examples = "Kennismakingsbezoek: werkgever zoekt twee timmerlieden en wil meer weten over de no-riskpolis") @Nullable String samenvatting,
                                    @Schema(examples = "Twee kandidaten voordragen") @Nullable String vervolgafspraak, @Schema(examples = "2026-12-08") @Nullable LocalDate vervolgUiterlijk,
                                    @Schema(examples = "false") boolean accountmanagerGenotificeerd, Instant geregistreerdOp,
                                    @Nullable List<String> diensten) {

    public static ContactmomentWeergave van(Contactmoment c) {
        return new ContactmomentWeergave(c.id(), c.werkgeverId(), c.soort(), c.datum(), c.adviseurId(), c.samenvatting(),
                c.vervolgafspraak(), c.vervolgUiterlijk(), c.accountmanagerGenotificeerd(), c.geregistreerdOp(),
                c.diensten());
    }
}
