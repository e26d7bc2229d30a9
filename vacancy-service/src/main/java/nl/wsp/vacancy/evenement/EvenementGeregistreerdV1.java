package nl.wsp.vacancy.evenement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.UUID;

/** Our copy of the fields of account-service's {@code evenementen.geregistreerd.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
record EvenementGeregistreerdV1(UUID evenementId, String regio, LocalDate datum) {

    static final String TYPE = "nl.werkgeversdienstverlening.evenementen.geregistreerd.v1";
}
