package nl.wsp.account.contactmoment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1}. No summary: that stays here. Reporting counts
 * company visits from it; {@code accountmanagerGenotificeerd} tells the account manager an adviser of another partner
 * talked to their employer.
 */
public record ContactmomentGeregistreerd(UUID werkgeverId, UUID contactmomentId, ContactSoort soort, LocalDate datum,
                                         UUID adviseurId, String adviseurPartner, String vestigingsgemeente, String regio,
                                         boolean accountmanagerGenotificeerd) {

    public static final String TYPE = "nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1";
    public static final String TOPIC = "wsp.account.werkgevers";
}
