package nl.wsp.reporting.realisatie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Our own copies of the fields reporting reads from other services' events (docs/events.md). Unknown fields are ignored:
 * a producer may add optional fields within v1. Nothing personal is copied: no candidate or employer id is kept.
 */
final class Gebeurtenissen {

    static final String PLAATSING_GEREALISEERD = "nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1";
    static final String PLAATSING_BEEINDIGD = "nl.werkgeversdienstverlening.plaatsingen.beeindigd.v1";
    static final String VACATURE_GEOPEND = "nl.werkgeversdienstverlening.vacatures.geopend.v1";
    static final String VACATURE_BREED_UITGEZET = "nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1";
    static final String VACATURE_VERVULD = "nl.werkgeversdienstverlening.vacatures.vervuld.v1";
    static final String CONTACTMOMENT_GEREGISTREERD = "nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1";
    static final String CONTACTVERZOEK_ONTVANGEN = "nl.werkgeversdienstverlening.contactverzoeken.ontvangen.v1";
    static final String CONTACTVERZOEK_BEANTWOORD = "nl.werkgeversdienstverlening.contactverzoeken.beantwoord.v1";
    static final String CONTACTVERZOEK_TERMIJN_VERSTREKEN = "nl.werkgeversdienstverlening.contactverzoeken.termijn-verstreken.v1";
    static final String NPS_RESPONS_GEREGISTREERD = "nl.werkgeversdienstverlening.nps.respons-geregistreerd.v1";

    /**
     * Event types of the topics this consumer reads, by prefix: what a rebuild forgets and replays. With the prefixes of
     * the former names (ADR 0014): the inbox kept the type as it arrived before the rename.
     */
    static final List<String> TYPE_PREFIXEN = List.of("nl.werkgeversdienstverlening.plaatsingen.",
            "nl.werkgeversdienstverlening.vacatures.", "nl.werkgeversdienstverlening.werkgevers.",
            "nl.werkgeversdienstverlening.contactverzoeken.", "nl.werkgeversdienstverlening.nps.",
            "nl.werkgeversdienstverlening.evenementen.",
            "nl.wsp.plaatsing.", "nl.wsp.vacature.", "nl.wsp.werkgever.", "nl.wsp.contactverzoek.", "nl.wsp.nps.",
            // issue 17 item 4: the units and memberships of wsp.account.teams (team.TeamBijwerker)
            "nl.werkgeversdienstverlening.teams.",
            // issue 17 item 6: the obligations of wsp.account.sroi-verplichtingen (sroi.SroiBijwerker)
            "nl.werkgeversdienstverlening.sroi-verplichtingen.",
            // issue 18 items 5 and 7: the pool counts and the proposals of matching (kandidatenpool.Kandidatenpoolbijwerker)
            "nl.werkgeversdienstverlening.kandidatenpools.", "nl.werkgeversdienstverlening.voordrachten.", "nl.wsp.voordracht.");

    private Gebeurtenissen() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaatsingGerealiseerdV1(String plaatsingId, String partner, String gemeente, String regio, List<String> doelgroepen,
                                   String startdatum) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaatsingBeeindigdV1(String plaatsingId, String partner, String gemeente, String regio, List<String> doelgroepen,
                                String startdatum, String einddatum, String reden) {

        /** The work-to-work outcome: the candidate went from this job straight to other work (docs/events.md). */
        boolean naarAnderWerk() {
            return "naar-ander-werk".equals(reden);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VacatureGeopendV1(String vacatureId, String regio, Integer aantalPosities, Boolean geschiktVoorBanenafspraak) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VacatureBreedUitgezetV1(String vacatureId, String regio, String breedUitgezetOp) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VacatureVervuldV1(String vacatureId, String regio, String vervuldOp, Integer aantalPosities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactmomentGeregistreerdV1(String contactmomentId, String soort, String datum, String regio) {
    }

    /** ontvangen, beantwoord and termijn-verstreken share these fields; the last two only on beantwoord. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactverzoekV1(String contactverzoekId, String ontvangenOp, Boolean binnenTermijn, String regio,
                            Boolean naTermijnVerstreken) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NpsResponsGeregistreerdV1(String responsId, String meetronde, Integer score, String regio, String sector) {
    }
}
