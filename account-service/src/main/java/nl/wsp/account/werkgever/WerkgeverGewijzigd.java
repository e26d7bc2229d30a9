package nl.wsp.account.werkgever;

import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.werkgevers.gewijzigd.v1}: the employer's public facts after a change, the same
 * fields as {@link WerkgeverGeregistreerd} (docs/events.md). One record per event, named for what happened.
 */
public record WerkgeverGewijzigd(UUID werkgeverId, String kvkNummer, String naam, String vestigingsgemeente,
                                 String regio, String sector, int aantalWerknemers, boolean keyAccount,
                                 boolean smaakmaker) {

    public static final String TYPE = "nl.werkgeversdienstverlening.werkgevers.gewijzigd.v1";
    public static final String TOPIC = WerkgeverGeregistreerd.TOPIC;

    static WerkgeverGewijzigd van(Werkgever w) {
        return new WerkgeverGewijzigd(w.id(), w.kvkNummer(), w.naam(), w.vestigingsgemeente(), w.regio(), w.sector(),
                w.aantalWerknemers(), w.keyAccount(), w.smaakmaker());
    }
}
