package nl.wsp.reporting.evenement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The employer-events read model (issue 17, item 2; docs/adr/0031): per event its region, kind, level, sector, date and
 * attendance counts (account-service's {@code evenementen.*}), which vacancy came from which event (vacancy-service's
 * {@code vacatures.geopend/gewijzigd.v1} with {@code evenementId}) and the placements per vacancy (matching-service's
 * {@code plaatsingen.gerealiseerd.v1}). The report joins the three when asked, so the order in which the three topics
 * arrive — in a rebuild too — does not change a number. Only ids of events, vacancies and counts: no employer or
 * candidate id is kept. Observes the realisation consumer's first deliveries (same transaction, one inbox); the rebuild
 * empties and replays it. The upserts are {@link Evenementtellers}'.
 */
@ApplicationScoped
public class EvenementBijwerker {

    static final String GEREGISTREERD = "nl.werkgeversdienstverlening.evenementen.geregistreerd.v1";
    static final String AANWEZIGHEID = "nl.werkgeversdienstverlening.evenementen.aanwezigheid-vastgelegd.v1";
    static final String VACATURE_GEOPEND = "nl.werkgeversdienstverlening.vacatures.geopend.v1";
    static final String VACATURE_GEWIJZIGD = "nl.werkgeversdienstverlening.vacatures.gewijzigd.v1";
    static final String PLAATSING_GEREALISEERD = "nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EvenementV1(String evenementId, String soort, String niveau, String datum, String regio, String sector) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AanwezigheidV1(String evenementId, Integer aantalWerkgevers, Integer aantalKandidaten) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VacatureV1(String vacatureId, String evenementId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaatsingV1(String vacatureId) {
    }

    private final Evenementtellers tellers;
    private final ObjectMapper json;

    EvenementBijwerker(Evenementtellers tellers, ObjectMapper json) {
        this.tellers = tellers;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bijEvent(@Observes InboundEvent event) {
        switch (event.type()) {
            case GEREGISTREERD -> {
                EvenementV1 e = event.data(json, EvenementV1.class);
                tellers.kenEvenement(uuid(e.evenementId(), "evenementId"), verplicht(e.regio(), "regio"),
                        verplicht(e.soort(), "soort"), verplicht(e.niveau(), "niveau"),
                        e.sector() == null || e.sector().isBlank() ? "" : e.sector(), datum(e.datum()));
            }
            case AANWEZIGHEID -> {
                AanwezigheidV1 a = event.data(json, AanwezigheidV1.class);
                tellers.aanwezigheid(uuid(a.evenementId(), "evenementId"), aantal(a.aantalWerkgevers(), "aantalWerkgevers"),
                        aantal(a.aantalKandidaten(), "aantalKandidaten"));
            }
            case VACATURE_GEOPEND, VACATURE_GEWIJZIGD -> {
                VacatureV1 v = event.data(json, VacatureV1.class);
                UUID vacature = uuid(v.vacatureId(), "vacatureId");
                if (v.evenementId() != null) {
                    tellers.vacatureVan(vacature, uuid(v.evenementId(), "evenementId"));
                } else if (VACATURE_GEWIJZIGD.equals(event.type())) {
                    tellers.vacatureVanGeen(vacature); // a full update without the field: no longer from an event
                }
            }
            case PLAATSING_GEREALISEERD -> {
                PlaatsingV1 p = event.data(json, PlaatsingV1.class);
                if (p.vacatureId() != null) {
                    tellers.plaatsing(uuid(p.vacatureId(), "vacatureId"));
                }
            }
            default -> {
            }
        }
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

    private static int aantal(Integer waarde, String veld) {
        if (waarde == null || waarde < 0) {
            throw new IllegalArgumentException("field " + veld + " is missing or negative");
        }
        return waarde;
    }

    private static LocalDate datum(String waarde) {
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("field datum is not a date: " + waarde);
        }
    }
}
