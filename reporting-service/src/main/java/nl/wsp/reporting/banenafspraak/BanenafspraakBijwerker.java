package nl.wsp.reporting.banenafspraak;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Jobs gained and lost of the Banenafspraak per region, sector and month (docs/adr/0045), in the transaction of the
 * realisation consumer, which fires every event it sees for the first time (the inbox makes it once per event, a rebuild
 * replays it): a placement of a candidate with target group {@code banenafspraak} is a job gained in the month it starts;
 * its end is that job lost in the month it ends, in the sector it was gained in (the end repeats the sector).
 */
@ApplicationScoped
public class BanenafspraakBijwerker {

    static final String PLAATSING_GEREALISEERD = "nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1";
    static final String PLAATSING_BEEINDIGD = "nl.werkgeversdienstverlening.plaatsingen.beeindigd.v1";
    static final String BANENAFSPRAAK = "banenafspraak";

    private final Banenafspraaktellers tellers;
    private final ObjectMapper json;

    BanenafspraakBijwerker(Banenafspraaktellers tellers, ObjectMapper json) {
        this.tellers = tellers;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bijEvent(@Observes InboundEvent event) {
        boolean gerealiseerd = PLAATSING_GEREALISEERD.equals(event.type());
        if (!gerealiseerd && !PLAATSING_BEEINDIGD.equals(event.type())) {
            return;
        }
        PlaatsingBanenafspraakV1 e = event.data(json, PlaatsingBanenafspraakV1.class);
        if (e.doelgroepen() == null || !e.doelgroepen().contains(BANENAFSPRAAK)) {
            return;
        }
        if (e.regio() == null || e.regio().isBlank()) {
            throw new IllegalArgumentException("field regio is missing");
        }
        String sector = Banenafspraaksector.van(e.banenafspraakSector());
        if (gerealiseerd) {
            tellers.telGewonnen(e.regio(), sector, maand(e.startdatum(), "startdatum"));
        } else {
            tellers.telVerloren(e.regio(), sector, maand(e.einddatum(), "einddatum"));
        }
    }

    private static LocalDate maand(String datum, String veld) {
        try {
            return LocalDate.parse(datum).withDayOfMonth(1);
        } catch (DateTimeParseException | NullPointerException ex) {
            throw new IllegalArgumentException("field " + veld + " is not a date: " + datum);
        }
    }
}
