package nl.wsp.account.adviseur.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.adviseur.Adviseur;

import java.time.Instant;
import java.util.UUID;

/** An adviser as the API shows it. */
public record AdviseurWeergave(@Betrokkene(soort = Verwerkingen.ADVISEUR) UUID id, String partner, @Nullable String gebruikersnaam, String naam, @Nullable String regio,
                               Instant geregistreerdOp) {

    public static AdviseurWeergave van(Adviseur a) {
        return new AdviseurWeergave(a.id(), a.partnerCode(), a.gebruikersnaam(), a.naam(), a.regio(), a.geregistreerdOp());
    }
}
