package nl.wsp.vacancy.vacature;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code nl.werkgeversdienstverlening.vacatures.geopend.v1} and {@code nl.werkgeversdienstverlening.vacatures.gewijzigd.v1} (docs/events.md), and the
 * first part of {@code nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1}.
 */
public record VacatureGegevens(UUID vacatureId, UUID werkgeverId, UUID accountmanagerId, String accountmanagerPartner,
                               String titel, String escoBeroep, List<String> vereisteVaardigheden,
                               List<String> gewensteVaardigheden, int urenPerWeek, int aantalPosities,
                               String werklocatieGemeente, String regio, String sector, String contractvorm,
                               LocalDate startdatum, LocalDate sluitingsdatum, String opleidingsniveau,
                               boolean geschiktVoorBanenafspraak, boolean rijbewijsVereist, Instant eigenBestandTot) {

    public static final String GEOPEND = "nl.werkgeversdienstverlening.vacatures.geopend.v1";
    public static final String GEWIJZIGD = "nl.werkgeversdienstverlening.vacatures.gewijzigd.v1";
}
