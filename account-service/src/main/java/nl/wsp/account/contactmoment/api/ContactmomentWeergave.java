package nl.wsp.account.contactmoment.api;

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
public record ContactmomentWeergave(UUID id, @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId, ContactSoort soort, LocalDate datum, @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID adviseurId,
                                    @Nullable String samenvatting, @Nullable String vervolgafspraak, @Nullable LocalDate vervolgUiterlijk,
                                    boolean accountmanagerGenotificeerd, Instant geregistreerdOp,
                                    @Nullable List<String> diensten) {

    public static ContactmomentWeergave van(Contactmoment c) {
        return new ContactmomentWeergave(c.id(), c.werkgeverId(), c.soort(), c.datum(), c.adviseurId(), c.samenvatting(),
                c.vervolgafspraak(), c.vervolgUiterlijk(), c.accountmanagerGenotificeerd(), c.geregistreerdOp(),
                c.diensten());
    }
}
