package nl.wsp.reporting.sroi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/**
 * The social return read model (issue 17 item 6; docs/adr/0032): the obligations as account-service last described them
 * ({@code sroi-verplichtingen.vastgelegd/gewijzigd.v1}, each the whole obligation) and which vacancy delivers on which
 * (vacancy-service's {@code vacatures.geopend/gewijzigd.v1} with {@code sroiVerplichtingId}; a full update without it
 * unlinks the vacancy). The placements per vacancy are the employer-events model's {@code plaatsingen_per_vacature}, which
 * {@code EvenementBijwerker} keeps for every placement on a vacancy; the report joins when asked, so the order of the
 * topics does not change a number. Observes the realisation consumer's first deliveries (same transaction, one inbox);
 * the rebuild empties and replays it. The upserts are {@link Sroitellers}'.
 */
@ApplicationScoped
public class SroiBijwerker {

    static final String VASTGELEGD = "nl.werkgeversdienstverlening.sroi-verplichtingen.vastgelegd.v1";
    static final String GEWIJZIGD = "nl.werkgeversdienstverlening.sroi-verplichtingen.gewijzigd.v1";
    static final String VACATURE_GEOPEND = "nl.werkgeversdienstverlening.vacatures.geopend.v1";
    static final String VACATURE_GEWIJZIGD = "nl.werkgeversdienstverlening.vacatures.gewijzigd.v1";
    private static final Set<String> STATUSSEN = Set.of("lopend", "gesloten");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VerplichtingV1(String verplichtingId, String werkgeverId, String regio, String aanbesteding, String opdrachtgever,
                          BigDecimal bedrag, String periodeVan, String periodeTot, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VacatureV1(String vacatureId, String sroiVerplichtingId) {
    }

    private final Sroitellers tellers;
    private final ObjectMapper json;

    SroiBijwerker(Sroitellers tellers, ObjectMapper json) {
        this.tellers = tellers;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bijEvent(@Observes InboundEvent event) {
        switch (event.type()) {
            case VASTGELEGD, GEWIJZIGD -> verplichting(event.data(json, VerplichtingV1.class));
            case VACATURE_GEOPEND, VACATURE_GEWIJZIGD -> {
                VacatureV1 v = event.data(json, VacatureV1.class);
                UUID vacature = uuid(v.vacatureId(), "vacatureId");
                if (v.sroiVerplichtingId() != null) {
                    tellers.vacatureVoor(vacature, uuid(v.sroiVerplichtingId(), "sroiVerplichtingId"));
                } else if (VACATURE_GEWIJZIGD.equals(event.type())) {
                    tellers.vacatureVoorGeen(vacature); // a full update without the field: no longer delivers on one
                }
            }
            default -> {
            }
        }
    }

    private void verplichting(VerplichtingV1 v) {
        if (v.bedrag() == null || v.bedrag().signum() <= 0) {
            throw new IllegalArgumentException("field bedrag is missing or not positive");
        }
        if (v.status() == null || !STATUSSEN.contains(v.status())) {
            throw new IllegalArgumentException("field status is not lopend or gesloten: " + v.status());
        }
        tellers.verplichting(uuid(v.verplichtingId(), "verplichtingId"), uuid(v.werkgeverId(), "werkgeverId"),
                verplicht(v.regio(), "regio"), verplicht(v.aanbesteding(), "aanbesteding"), verplicht(v.opdrachtgever(), "opdrachtgever"),
                v.bedrag(), datum(v.periodeVan(), "periodeVan"), datum(v.periodeTot(), "periodeTot"), v.status());
    }

    private static String verplicht(String waarde, String veld) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("field " + veld + " is missing");
        }
        return waarde;
    }

    private static UUID uuid(String waarde, String veld) {
        try {
            return UUID.fromString(verplicht(waarde, veld));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field " + veld + " is not a UUID: " + waarde);
        }
    }

    private static LocalDate datum(String waarde, String veld) {
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("field " + veld + " is not a date: " + waarde);
        }
    }
}
