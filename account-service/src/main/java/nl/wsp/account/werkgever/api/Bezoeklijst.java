package nl.wsp.account.werkgever.api;

import nl.wsp.account.werkgever.WerkgeverRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The visit list of one account manager ({@code accountmanagerId} absent: employers without one). */
public record Bezoeklijst(UUID accountmanagerId, String accountmanagerNaam, LocalDate nietBezochtSinds,
                          List<WerkgeverRepository.TeBezoeken> werkgevers) {
}
