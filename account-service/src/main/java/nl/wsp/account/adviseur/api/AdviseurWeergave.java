package nl.wsp.account.adviseur.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.adviseur.Adviseur;

import java.time.Instant;
import java.util.UUID;

/** An adviser as the API shows it. */
public record AdviseurWeergave(@Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID id, @Schema(examples = "gemeente-amersfoort") String partner,
                               @Nullable String gebruikersnaam, @Schema(examples = "Janneke van den Berg") String naam, @Schema(examples = "Amersfoort") @Nullable String regio,
                               Instant geregistreerdOp) {

    public static AdviseurWeergave van(Adviseur a) {
        return new AdviseurWeergave(a.id(), a.partnerCode(), a.gebruikersnaam(), a.naam(), a.regio(), a.geregistreerdOp());
    }
}
