package nl.wsp.reporting.indicatordoel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The realisation of two indicators per sector (docs/adr/0039), in the transaction of the realisation consumer, which
 * fires every event it sees for the first time (the inbox makes it once per event, a rebuild replays it): a contact
 * moment of kind {@code bezoek} is a company visit, a {@code vacatures.geopend} a vacancy collected (by the event's
 * time, as the vacancy report counts it). Events without a sector count under {@code onbekend}. The upsert is
 * {@link Indicatortellers}'.
 */
@ApplicationScoped
class IndicatorBijwerker {

    static final String ONBEKENDE_SECTOR = "onbekend";
    static final String CONTACTMOMENT_GEREGISTREERD = "nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1";
    static final String VACATURE_GEOPEND = "nl.werkgeversdienstverlening.vacatures.geopend.v1";

    /** Our copy of the fields of a contact moment this read model reads; no employer or adviser id is kept. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactmomentV1(String soort, String datum, String regio, String sector) {
    }

    /** Our copy of the fields of an opened vacancy this read model reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VacatureV1(String regio, String sector) {
    }

    private final Indicatortellers tellers;
    private final ObjectMapper json;

    IndicatorBijwerker(Indicatortellers tellers, ObjectMapper json) {
        this.tellers = tellers;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bijEvent(@Observes InboundEvent event) {
        if (CONTACTMOMENT_GEREGISTREERD.equals(event.type())) {
            ContactmomentV1 e = event.data(json, ContactmomentV1.class);
            if ("bezoek".equals(e.soort())) {
                tel(e.regio(), e.sector(), dag(e.datum(), "datum"), Indicator.BEDRIJFSBEZOEKEN);
            }
        } else if (VACATURE_GEOPEND.equals(event.type())) {
            VacatureV1 e = event.data(json, VacatureV1.class);
            tel(e.regio(), e.sector(), dag(event.time(), "time"), Indicator.VACATURES_OPGEHAALD);
        }
    }

    private void tel(String regio, String sector, LocalDate dag, String indicator) {
        if (regio == null || regio.isBlank()) {
            throw new IllegalArgumentException("field regio is missing");
        }
        tellers.tel(regio, sector == null || sector.isBlank() ? ONBEKENDE_SECTOR : sector, dag.withDayOfMonth(1), indicator);
    }

    private static LocalDate dag(String waarde, String veld) {
        if (waarde == null) {
            throw new IllegalArgumentException("field " + veld + " is missing");
        }
        try {
            return waarde.length() == 10 ? LocalDate.parse(waarde) : OffsetDateTime.parse(waarde).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field " + veld + " is not a date: " + waarde);
        }
    }
}
