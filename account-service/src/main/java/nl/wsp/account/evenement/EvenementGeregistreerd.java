package nl.wsp.account.evenement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.evenementen.geregistreerd.v1}: an employer event was planned or recorded.
 * No name: a title is free text and stays here. vacancy-service keeps the id, region and date, so that a vacancy may
 * name the event it came from; reporting counts events per kind, level, period, region and sector.
 */
public record EvenementGeregistreerd(UUID evenementId, EvenementSoort soort, EvenementNiveau niveau, LocalDate datum,
                                     String organisator, String regio, String sector) {

    public static final String TYPE = "nl.werkgeversdienstverlening.evenementen.geregistreerd.v1";
    public static final String TOPIC = "wsp.account.evenementen";
}
