package nl.wsp.matching.instrument;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Events of instrument deployments (topic wsp.matching.instrumenten). Pseudonymous ids only. */
public final class InstrumentEvents {

    public static final String TOPIC = "wsp.matching.instrumenten";
    public static final String AANGEVRAAGD = "nl.werkgeversdienstverlening.instrumenten.inzet-aangevraagd.v1";
    public static final String GOEDGEKEURD = "nl.werkgeversdienstverlening.instrumenten.inzet-goedgekeurd.v1";
    public static final String AFGEWEZEN = "nl.werkgeversdienstverlening.instrumenten.inzet-afgewezen.v1";
    public static final String VERLOPEN = "nl.werkgeversdienstverlening.instrumenten.inzet-verlopen.v1";
    /** Issue 18: an approved deployment was extended once (status stays GOEDGEKEURD; duurMaanden is the new total). */
    public static final String VERLENGD = "nl.werkgeversdienstverlening.instrumenten.inzet-verlengd.v1";

    private InstrumentEvents() {
    }

    /**
     * The v1 payload. Its {@code status} is the Java constant's name ({@code AANGEVRAAGD}), as v1 always carried it
     * (docs/events.md, the AsyncAPI document), although the API and the column use the code ({@code aangevraagd}):
     * partners may read it, so it changes only with a v2 type. {@code duurMaanden} (issue 18) is an added optional
     * field: the months the deployment runs, an extension included (null: no duration).
     */
    public record InzetGewijzigd(UUID inzetId, Instrumentsoort soort, UUID kandidaatId, String betalendePartner,
                                 String regio, String fondsRegio, BigDecimal bedrag, String status, Instant op,
                                 Integer duurMaanden) {

        static InzetGewijzigd van(InstrumentInzet inzet, Instant op) {
            return new InzetGewijzigd(inzet.id(), inzet.soort(), inzet.kandidaatId(), inzet.betalendePartner(), inzet.regio(),
                    inzet.fondsRegio(), inzet.bedrag(), inzet.status().name(), op, inzet.totaleDuurMaanden());
        }

        /** The copy that leaves the service: the candidate by its event pseudonym (docs/adr/0017-erasure-and-retention.md). */
        InzetGewijzigd onderPseudoniem(UUID pseudoniem) {
            return new InzetGewijzigd(inzetId, soort, pseudoniem, betalendePartner, regio, fondsRegio, bedrag, status, op,
                    duurMaanden);
        }
    }
}
