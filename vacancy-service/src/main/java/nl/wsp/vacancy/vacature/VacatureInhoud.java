package nl.wsp.vacancy.vacature;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the account manager writes about a vacancy: everything except who it belongs to and where it stands; with,
 * optionally, the employer event it was collected at ({@code evenementId}, docs/adr/0031) and the social return
 * obligation it delivers on ({@code sroiVerplichtingId}, docs/adr/0032).
 */
public record VacatureInhoud(String titel, String escoBeroep, List<String> vereisteVaardigheden,
                             List<String> gewensteVaardigheden, int urenPerWeek, int aantalPosities,
                             String werklocatieGemeente, Contractvorm contractvorm, LocalDate startdatum,
                             LocalDate sluitingsdatum, Opleidingsniveau opleidingsniveau,
                             boolean geschiktVoorBanenafspraak, boolean rijbewijsVereist, String omschrijving,
                             UUID evenementId, UUID sroiVerplichtingId) {
}
