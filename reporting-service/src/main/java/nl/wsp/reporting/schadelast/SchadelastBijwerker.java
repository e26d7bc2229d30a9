package nl.wsp.reporting.schadelast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.reporting.doelstelling.Doelgroepen;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Counts placements for the benefit-cost report (ADR 0038) in the realisation consumer's transaction, which fires every
 * event it sees for the first time (its inbox makes it once per event; a rebuild replays it), as dienstverlening does.
 * Only counts are kept: region, start month, partner, main target group, and for an ended placement its whole months.
 */
@ApplicationScoped
public class SchadelastBijwerker {

    static final String GEREALISEERD = "nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1";
    static final String BEEINDIGD = "nl.werkgeversdienstverlening.plaatsingen.beeindigd.v1";

    /** Our copy of the fields of both placement events this read model needs (docs/events.md). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaatsingV1(String partner, String regio, List<String> doelgroepen, String startdatum, String einddatum) {
    }

    private final Schadelasttellers tellers;
    private final ObjectMapper json;

    SchadelastBijwerker(Schadelasttellers tellers, ObjectMapper json) {
        this.tellers = tellers;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bijEvent(@Observes InboundEvent event) {
        boolean gerealiseerd = GEREALISEERD.equals(event.type());
        if (!gerealiseerd && !BEEINDIGD.equals(event.type())) {
            return;
        }
        PlaatsingV1 e = event.data(json, PlaatsingV1.class);
        if (e.regio() == null || e.regio().isBlank()) {
            throw new IllegalArgumentException("field regio is missing");
        }
        LocalDate start = dag(e.startdatum(), "startdatum");
        String partner = e.partner() == null ? "" : e.partner();
        String doelgroep = Doelgroepen.hoofddoelgroep(e.doelgroepen());
        if (gerealiseerd) {
            tellers.telPlaatsing(e.regio(), start.withDayOfMonth(1), partner, doelgroep);
        } else {
            tellers.telBeeindiging(e.regio(), start.withDayOfMonth(1), partner, doelgroep,
                    Schadelastbeperking.maanden(start, dag(e.einddatum(), "einddatum")));
        }
    }

    private static LocalDate dag(String waarde, String veld) {
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException | NullPointerException ex) {
            throw new IllegalArgumentException("field " + veld + " is not a date: " + waarde);
        }
    }
}
