package nl.wsp.account.contactmoment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1}. No summary: that stays here. Reporting counts
 * company visits from it; {@code accountmanagerGenotificeerd} tells the account manager an adviser of another partner
 * talked to their employer. Optional additions within v1 (docs/adr/0020): {@code sector} (the employer's), {@code diensten}
 * (codes of the service catalogue, sorted) and {@code dienstencatalogusVersie} (the catalogue version they are from), so
 * reporting counts the delivered package per region and sector. Issue 17 item 4 (docs/adr/0033) adds the optional
 * {@code vervolgUiterlijk} (the follow-up promise's due date; null without one), so reporting counts overdue follow-ups
 * per adviser and team as the work list does.
 */
public record ContactmomentGeregistreerd(UUID werkgeverId, UUID contactmomentId, ContactSoort soort, LocalDate datum,
                                         UUID adviseurId, String adviseurPartner, String vestigingsgemeente, String regio,
                                         boolean accountmanagerGenotificeerd, String sector, List<String> diensten,
                                         int dienstencatalogusVersie, LocalDate vervolgUiterlijk) {

    public static final String TYPE = "nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1";
    public static final String TOPIC = "wsp.account.werkgevers";
}
