package nl.wsp.reporting.dienstverlening;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The delivered package (issue 17, item 1): one counter per service code, region, month of the contact and sector, in
 * the transaction of the realisation consumer, which fires every event it sees for the first time (the inbox makes it once
 * per event, a rebuild replays it). A code the catalogue does not know (a newer catalogue than this service's) is still
 * counted, under its code; the report describes the known ones. The upsert is {@link Dienstentellers}'.
 */
@ApplicationScoped
public class DienstenBijwerker {

    /** Contact moments without a sector (events from before the field) count under this one. */
    static final String ONBEKENDE_SECTOR = "onbekend";

    static final String CONTACTMOMENT_GEREGISTREERD = "nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1";

    private final Dienstentellers tellers;
    private final ObjectMapper json;

    DienstenBijwerker(Dienstentellers tellers, ObjectMapper json) {
        this.tellers = tellers;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bijEvent(@Observes InboundEvent event) {
        if (CONTACTMOMENT_GEREGISTREERD.equals(event.type())) {
            contactmoment(event.data(json, ContactmomentDienstenV1.class));
        }
    }

    void contactmoment(ContactmomentDienstenV1 e) {
        if (e.diensten() == null || e.diensten().isEmpty()) {
            return;
        }
        if (e.regio() == null || e.regio().isBlank()) {
            throw new IllegalArgumentException("field regio is missing");
        }
        LocalDate maand;
        try {
            maand = LocalDate.parse(e.datum()).withDayOfMonth(1);
        } catch (DateTimeParseException | NullPointerException ex) {
            throw new IllegalArgumentException("field datum is not a date: " + e.datum());
        }
        String sector = e.sector() == null || e.sector().isBlank() ? ONBEKENDE_SECTOR : e.sector();
        for (String dienst : e.diensten().stream().distinct().toList()) {
            tellers.telDienst(e.regio(), maand, sector, dienst);
        }
    }
}
