package nl.wsp.reporting.netwerk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.time.TimeSource;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The employer network read model (issue 17, item 3): per employer its region, sector and flags (from
 * {@code werkgever.geregistreerd/gewijzigd.v1}), its contact moments and opened vacancies per month. It keeps the
 * employer's id — a company's pseudonymous id, no personal data — because "employers with regular contact" is a count of
 * distinct employers; the report answers aggregates only (docs/adr/0020). Observes the realisation consumer's first
 * deliveries (same transaction, one inbox); the rebuild empties and replays it. The upserts are {@link Netwerktellers}'.
 */
@ApplicationScoped
public class NetwerkBijwerker {

    private static final Logger LOG = Logger.getLogger(NetwerkBijwerker.class);

    static final String WERKGEVER_GEREGISTREERD = "nl.werkgeversdienstverlening.werkgevers.geregistreerd.v1";
    static final String WERKGEVER_GEWIJZIGD = "nl.werkgeversdienstverlening.werkgevers.gewijzigd.v1";
    static final String CONTACTMOMENT_GEREGISTREERD = "nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1";
    static final String VACATURE_GEOPEND = "nl.werkgeversdienstverlening.vacatures.geopend.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WerkgeverV1(String werkgeverId, String regio, String sector, Boolean keyAccount, Boolean smaakmaker) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactmomentV1(String werkgeverId, String datum) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VacatureGeopendV1(String werkgeverId) {
    }

    private final Netwerktellers tellers;
    private final ObjectMapper json;

    NetwerkBijwerker(Netwerktellers tellers, ObjectMapper json) {
        this.tellers = tellers;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bijEvent(@Observes InboundEvent event) {
        switch (event.type()) {
            case WERKGEVER_GEREGISTREERD, WERKGEVER_GEWIJZIGD -> werkgever(event.data(json, WerkgeverV1.class), dag(event.time()));
            case CONTACTMOMENT_GEREGISTREERD -> {
                ContactmomentV1 c = event.data(json, ContactmomentV1.class);
                tellers.telContact(verplicht(c.werkgeverId(), "werkgeverId"), datum(c.datum()).withDayOfMonth(1));
            }
            case VACATURE_GEOPEND -> {
                VacatureGeopendV1 v = event.data(json, VacatureGeopendV1.class);
                tellers.telVacature(verplicht(v.werkgeverId(), "werkgeverId"), dag(event.time()).withDayOfMonth(1));
            }
            default -> {
            }
        }
    }

    private void werkgever(WerkgeverV1 w, LocalDate dag) {
        if (w.regio() == null || w.regio().isBlank()) {
            LOG.debugf("employer %s without regio (an event from before the field): not in the network report", w.werkgeverId());
            return;
        }
        tellers.kenWerkgever(verplicht(w.werkgeverId(), "werkgeverId"), w.regio(),
                w.sector() == null || w.sector().isBlank() ? "onbekend" : w.sector(),
                Boolean.TRUE.equals(w.keyAccount()), Boolean.TRUE.equals(w.smaakmaker()), dag);
    }

    private static String verplicht(String waarde, String veld) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("field " + veld + " is missing");
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

    private static LocalDate dag(String tijd) {
        try {
            return Instant.parse(tijd).atZone(TimeSource.ZONE).toLocalDate();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("CloudEvent time is not an instant: " + tijd);
        }
    }
}
