package nl.wsp.matching.plaatsing;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events of placements (topic wsp.matching.plaatsingen, keyed by plaatsingId), in the shape of docs/events.md.
 * {@code partner} is the candidate's owning partner, {@code gemeente} its residence, {@code regio} the vacancy's region,
 * {@code instrumenten} the kinds of the approved instruments deployed (e.g. {@code loonkostensubsidie}),
 * {@code banenafspraakSector} the sector a Banenafspraak job counts in (null outside the Banenafspraak; optional, v1).
 * The same records are fired inside the service (CDI, same transaction) so after-care plans and cancels check-ins;
 * inside, {@code kandidaatId} is the candidate's id, while the copy in the outbox carries the candidate's event
 * pseudonym ({@code onderPseudoniem}, docs/adr/0017-erasure-and-retention.md).
 */
public final class PlaatsingEvents {

    public static final String TOPIC = "wsp.matching.plaatsingen";
    public static final String GEREALISEERD = "nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1";
    public static final String BEEINDIGD = "nl.werkgeversdienstverlening.plaatsingen.beeindigd.v1";

    private PlaatsingEvents() {
    }

    /**
     * {@code leeftijdsband} (optional addition, issue 18 item 7, docs/adr/0043): the candidate's age band on the day of
     * placement, absent when the partner sent none; for the fairness monitor of reporting-service.
     */
    public record PlaatsingGerealiseerdV1(UUID plaatsingId, UUID vacatureId, UUID kandidaatId, String partner,
                                          String gemeente, String regio, List<String> doelgroepen, LocalDate startdatum,
                                          String contractvorm, int urenPerWeek, List<String> instrumenten,
                                          String banenafspraakSector, @JsonInclude(JsonInclude.Include.NON_NULL) String leeftijdsband) {

        static PlaatsingGerealiseerdV1 van(Plaatsing p, String leeftijdsband) {
            return new PlaatsingGerealiseerdV1(p.id(), p.vacatureId(), p.kandidaatId(), p.partner(), p.gemeente(), p.regio(),
                    p.doelgroepen(), p.startdatum(), p.contractvorm(), p.urenPerWeek(), p.instrumentsoorten(), p.banenafspraakSector(),
                    leeftijdsband);
        }

        /** The copy that leaves the service: the candidate by its event pseudonym (docs/adr/0017-erasure-and-retention.md). */
        PlaatsingGerealiseerdV1 onderPseudoniem(UUID pseudoniem) {
            return new PlaatsingGerealiseerdV1(plaatsingId, vacatureId, pseudoniem, partner, gemeente, regio, doelgroepen,
                    startdatum, contractvorm, urenPerWeek, instrumenten, banenafspraakSector, leeftijdsband);
        }
    }

    public record PlaatsingBeeindigdV1(UUID plaatsingId, UUID vacatureId, UUID kandidaatId, String partner,
                                       String gemeente, String regio, List<String> doelgroepen, LocalDate startdatum,
                                       LocalDate einddatum, String reden, String banenafspraakSector) {

        static PlaatsingBeeindigdV1 van(Plaatsing p) {
            return new PlaatsingBeeindigdV1(p.id(), p.vacatureId(), p.kandidaatId(), p.partner(), p.gemeente(), p.regio(),
                    p.doelgroepen(), p.startdatum(), p.einddatum(), p.redenBeeindiging(), p.banenafspraakSector());
        }

        /** The copy that leaves the service: the candidate by its event pseudonym. */
        PlaatsingBeeindigdV1 onderPseudoniem(UUID pseudoniem) {
            return new PlaatsingBeeindigdV1(plaatsingId, vacatureId, pseudoniem, partner, gemeente, regio, doelgroepen,
                    startdatum, einddatum, reden, banenafspraakSector);
        }
    }
}
