package nl.wsp.matching.vacature;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** This service's copy of the fields it reads from vacancy-service's vacancy events (docs/events.md); the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VacatureV1(UUID vacatureId, UUID werkgeverId, String accountmanagerPartner, String titel, String escoBeroep,
                         List<String> vereisteVaardigheden, List<String> gewensteVaardigheden, Integer urenPerWeek,
                         String werklocatieGemeente, String regio, String opleidingsniveau, Boolean rijbewijsVereist,
                         Instant eigenBestandTot, Instant breedUitgezetOp) {

    public static final String GEOPEND = "nl.werkgeversdienstverlening.vacatures.geopend.v1";
    public static final String GEWIJZIGD = "nl.werkgeversdienstverlening.vacatures.gewijzigd.v1";
    public static final String BREED_UITGEZET = "nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1";
    public static final String VERVULD = "nl.werkgeversdienstverlening.vacatures.vervuld.v1";
    public static final String INGETROKKEN = "nl.werkgeversdienstverlening.vacatures.ingetrokken.v1";
    public static final String VERLOPEN = "nl.werkgeversdienstverlening.vacatures.verlopen.v1";
}
