package nl.wsp.vacancy.vacature;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A vacancy's fields as its events carry them (docs/events.md): all of {@link VacatureGeopend} and {@link VacatureGewijzigd},
 * and the first part of {@link VacatureBreedUitgezet}. Not an event itself: each event is its own past-tense record.
 * {@code evenementId} (optional, added within v1): the employer event the vacancy was collected at (docs/adr/0031).
 * {@code sroiVerplichtingId} (optional, added within v1): the social return obligation it delivers on (docs/adr/0032).
 */
public record VacatureGegevens(UUID vacatureId, UUID werkgeverId, UUID accountmanagerId, String accountmanagerPartner,
                               String titel, String escoBeroep, List<String> vereisteVaardigheden,
                               List<String> gewensteVaardigheden, int urenPerWeek, int aantalPosities,
                               String werklocatieGemeente, String regio, String sector, String contractvorm,
                               LocalDate startdatum, LocalDate sluitingsdatum, String opleidingsniveau,
                               boolean geschiktVoorBanenafspraak, boolean rijbewijsVereist, Instant eigenBestandTot,
                               UUID evenementId, UUID sroiVerplichtingId) {
}
