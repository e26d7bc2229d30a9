package nl.wsp.account.werkgever;

import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.werkgevers.geregistreerd.v1} (a change is {@link WerkgeverGewijzigd}, with the same fields):
 * the employer's public facts. A company's name and size are business data, not personal data.
 */
public record WerkgeverGeregistreerd(UUID werkgeverId, String kvkNummer, String naam, String vestigingsgemeente,
                                     String regio, String sector, int aantalWerknemers, boolean keyAccount,
                                     boolean smaakmaker) {

    public static final String TYPE = "nl.werkgeversdienstverlening.werkgevers.geregistreerd.v1";
    public static final String TOPIC = "wsp.account.werkgevers";

    static WerkgeverGeregistreerd van(Werkgever w) {
        return new WerkgeverGeregistreerd(w.id(), w.kvkNummer(), w.naam(), w.vestigingsgemeente(), w.regio(), w.sector(),
                w.aantalWerknemers(), w.keyAccount(), w.smaakmaker());
    }
}
