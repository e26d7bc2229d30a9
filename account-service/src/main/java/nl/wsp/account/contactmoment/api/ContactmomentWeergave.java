package nl.wsp.account.contactmoment.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.account.contactmoment.ContactSoort;
import nl.wsp.account.contactmoment.Contactmoment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactmomentWeergave(UUID id, UUID werkgeverId, ContactSoort soort, LocalDate datum, UUID adviseurId,
                                    @Nullable String samenvatting, @Nullable String vervolgafspraak, @Nullable LocalDate vervolgUiterlijk,
                                    boolean accountmanagerGenotificeerd, Instant geregistreerdOp,
                                    @Nullable List<String> diensten) {

    public static ContactmomentWeergave van(Contactmoment c) {
        return new ContactmomentWeergave(c.id(), c.werkgeverId(), c.soort(), c.datum(), c.adviseurId(), c.samenvatting(),
                c.vervolgafspraak(), c.vervolgUiterlijk(), c.accountmanagerGenotificeerd(), c.geregistreerdOp(),
                c.diensten());
    }
}
