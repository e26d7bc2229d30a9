package nl.wsp.reporting.kandidatenpool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.reporting.doelstelling.Doelgroepen;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The read models of the candidate pool report and the fairness monitor (issue 18 items 5 and 7; docs/adr/0043), from
 * matching's events only: {@code kandidatenpools.gewijzigd.v1} replaces a partner's counts (the latest event of a
 * partner, one key, is its pool); {@code voordrachten.gedaan.v1} counts a proposal in the year of its CloudEvent
 * {@code time} and {@code plaatsingen.gerealiseerd.v1} a placement in the year of its {@code startdatum}, each under the
 * candidate's main target group (the placements' rule, {@link Doelgroepen#hoofddoelgroep}), Banenafspraak and age band
 * ({@code onbekend} when not sent). A proposal without {@code regio} (published before the field existed) counts nowhere.
 * Observes the realisation consumer's first deliveries (same transaction, one inbox); the rebuild empties and replays it.
 */
@ApplicationScoped
public class Kandidatenpoolbijwerker {

    static final String POOL_GEWIJZIGD = "nl.werkgeversdienstverlening.kandidatenpools.gewijzigd.v1";
    static final String VOORDRACHT_GEDAAN = "nl.werkgeversdienstverlening.voordrachten.gedaan.v1";
    static final String PLAATSING_GEREALISEERD = "nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1";
    /** The age bands of matching's intake, and the one for a candidate whose partner sent none. */
    static final List<String> LEEFTIJDSBANDEN = List.of("tot-27", "27-49", "50-plus");
    static final String ONBEKEND = "onbekend";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PoolV1(String partner, String regio, List<CelV1> cellen) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CelV1(String gemeente, List<String> doelgroepen, String leeftijdsband, Integer aantal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VoordrachtV1(String voordrachtId, String regio, List<String> doelgroepen, String leeftijdsband) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaatsingV1(String plaatsingId, String regio, List<String> doelgroepen, String startdatum, String leeftijdsband) {
    }

    private final Kandidatenpooltellers tellers;
    private final ObjectMapper json;

    Kandidatenpoolbijwerker(Kandidatenpooltellers tellers, ObjectMapper json) {
        this.tellers = tellers;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bijEvent(@Observes InboundEvent event) {
        switch (event.type()) {
            case POOL_GEWIJZIGD -> pool(event.data(json, PoolV1.class));
            case VOORDRACHT_GEDAAN -> {
                VoordrachtV1 v = event.data(json, VoordrachtV1.class);
                if (v.regio() != null && !v.regio().isBlank()) {
                    tellers.telVoordracht(v.regio(), jaar(event.time()), Doelgroepen.hoofddoelgroep(v.doelgroepen()),
                            banenafspraak(v.doelgroepen()), band(v.leeftijdsband()));
                }
            }
            case PLAATSING_GEREALISEERD -> {
                PlaatsingV1 p = event.data(json, PlaatsingV1.class);
                tellers.telPlaatsing(verplicht(p.regio(), "regio"), datum(p.startdatum()).getYear(),
                        Doelgroepen.hoofddoelgroep(p.doelgroepen()), banenafspraak(p.doelgroepen()), band(p.leeftijdsband()));
            }
            default -> {
            }
        }
    }

    private void pool(PoolV1 pool) {
        String partner = verplicht(pool.partner(), "partner");
        String regio = verplicht(pool.regio(), "regio");
        if (pool.cellen() == null) {
            throw new IllegalArgumentException("field cellen is missing");
        }
        tellers.vergeetPool(partner);
        for (CelV1 cel : pool.cellen()) {
            if (cel == null || cel.aantal() == null || cel.aantal() < 1) {
                throw new IllegalArgumentException("field cellen[].aantal is missing or not positive");
            }
            tellers.telPool(partner, regio, verplicht(cel.gemeente(), "cellen[].gemeente"),
                    Doelgroepen.hoofddoelgroep(cel.doelgroepen()), banenafspraak(cel.doelgroepen()), band(cel.leeftijdsband()),
                    cel.aantal());
        }
    }

    private static boolean banenafspraak(List<String> doelgroepen) {
        return doelgroepen != null && doelgroepen.contains(Doelgroepen.BANENAFSPRAAK);
    }

    private static String band(String leeftijdsband) {
        return leeftijdsband != null && LEEFTIJDSBANDEN.contains(leeftijdsband) ? leeftijdsband : ONBEKEND;
    }

    private static String verplicht(String waarde, String veld) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("field " + veld + " is missing");
        }
        return waarde;
    }

    /** The Dutch calendar year of the CloudEvent time: when the proposal was made. */
    private static int jaar(String tijd) {
        try {
            return OffsetDateTime.parse(verplicht(tijd, "time")).atZoneSameInstant(TimeSource.ZONE).getYear();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field time is not a date-time: " + tijd);
        }
    }

    private static LocalDate datum(String waarde) {
        try {
            return LocalDate.parse(verplicht(waarde, "startdatum"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field startdatum is not a date: " + waarde);
        }
    }
}
