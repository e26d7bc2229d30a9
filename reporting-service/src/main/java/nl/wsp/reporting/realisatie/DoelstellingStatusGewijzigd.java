package nl.wsp.reporting.realisatie;

/**
 * {@code nl.werkgeversdienstverlening.doelstellingen.status-gewijzigd.v1} on {@code wsp.reporting.doelstelling-status} (docs/events.md):
 * how far a partner is behind its placement target this year. achterstand = verwachtTotNu − gerealiseerd; &gt; 0 means behind.
 */
public record DoelstellingStatusGewijzigd(String partner, String regio, int jaar, int doel, int gerealiseerd, int verwachtTotNu,
                                            int achterstand) {

    public static final String TOPIC = "wsp.reporting.doelstelling-status";
    public static final String TYPE = "nl.werkgeversdienstverlening.doelstellingen.status-gewijzigd.v1";
}
