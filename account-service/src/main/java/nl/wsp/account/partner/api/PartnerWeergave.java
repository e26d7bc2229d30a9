package nl.wsp.account.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.account.partner.Partner;
import nl.wsp.account.partner.PartnerSoort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partner organisation as the API shows it; {@code actief}: whether it takes part in its region's WSP now;
 * {@code uitvoerendVoor}: the municipalities it is the executing organisation of, empty when it acts for itself (ADR 0041).
 */
public record PartnerWeergave(@Schema(examples = "c2d8e6f4-1b7a-4e3c-9d5f-8a0b6c4e2f19") UUID id, @Schema(examples = "gemeente-soest") String code,
                              @Schema(examples = "Gemeente Soest") String naam, @Schema(examples = "gemeente") PartnerSoort soort,
                              @Schema(examples = "Amersfoort") @Nullable String regio, Instant geregistreerdOp, @Schema(examples = "true") boolean actief,
                              @Schema(examples = "[]", description = "De gemeenten waarvoor de partner uitvoeringsorganisatie is; leeg: hij handelt alleen voor zichzelf")
                              List<String> uitvoerendVoor) {

    public static PartnerWeergave van(Partner p) {
        return new PartnerWeergave(p.id(), p.code(), p.naam(), p.soort(), p.regio(), p.geregistreerdOp(), p.actief(),
                p.uitvoerendVoor());
    }
}
