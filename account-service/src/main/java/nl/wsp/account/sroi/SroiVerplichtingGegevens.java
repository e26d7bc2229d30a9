package nl.wsp.account.sroi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events {@code nl.werkgeversdienstverlening.sroi-verplichtingen.vastgelegd.v1} and {@code ….gewijzigd.v1} on
 * {@code wsp.account.sroi-verplichtingen} (keyed by {@code verplichtingId}; docs/adr/0032): a social return obligation
 * as it is now. An organisation's obligation: no person in it. vacancy-service keeps id and employer to check a vacancy's
 * {@code sroiVerplichtingId}; reporting sets delivered value against {@code bedrag}.
 */
public record SroiVerplichtingGegevens(UUID verplichtingId, UUID werkgeverId, String regio, String aanbesteding,
                                       String opdrachtgever, BigDecimal bedrag, LocalDate periodeVan, LocalDate periodeTot,
                                       SroiStatus status) {

    public static final String TOPIC = "wsp.account.sroi-verplichtingen";
    public static final String VASTGELEGD = "nl.werkgeversdienstverlening.sroi-verplichtingen.vastgelegd.v1";
    public static final String GEWIJZIGD = "nl.werkgeversdienstverlening.sroi-verplichtingen.gewijzigd.v1";
}
