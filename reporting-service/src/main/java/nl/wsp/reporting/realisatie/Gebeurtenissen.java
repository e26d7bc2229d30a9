package nl.wsp.reporting.realisatie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Our own copies of the fields reporting reads from other services' events (docs/events.md). Unknown fields are ignored:
 * a producer may add optional fields within v1. Nothing personal is copied: no candidate or employer id is kept.
 */
final class Gebeurtenissen {

    static final String PLAATSING_GEREALISEERD = "nl.wsp.plaatsing.gerealiseerd.v1";
    static final String PLAATSING_BEEINDIGD = "nl.wsp.plaatsing.beeindigd.v1";
    static final String VACATURE_GEOPEND = "nl.wsp.vacature.geopend.v1";
    static final String VACATURE_BREED_UITGEZET = "nl.wsp.vacature.breed-uitgezet.v1";
    static final String VACATURE_VERVULD = "nl.wsp.vacature.vervuld.v1";
    static final String CONTACTMOMENT_GEREGISTREERD = "nl.wsp.werkgever.contactmoment-geregistreerd.v1";
    static final String CONTACTVERZOEK_ONTVANGEN = "nl.wsp.contactverzoek.ontvangen.v1";
    static final String CONTACTVERZOEK_BEANTWOORD = "nl.wsp.contactverzoek.beantwoord.v1";
    static final String CONTACTVERZOEK_TERMIJN_VERSTREKEN = "nl.wsp.contactverzoek.termijn-verstreken.v1";
    static final String NPS_RESPONS_GEREGISTREERD = "nl.wsp.nps.respons-geregistreerd.v1";

    /** Event types of the topics this consumer reads, by prefix: what a rebuild forgets and replays. */
    static final List<String> TYPE_PREFIXEN = List.of("nl.wsp.plaatsing.", "nl.wsp.vacature.", "nl.wsp.werkgever.",
            "nl.wsp.contactverzoek.", "nl.wsp.nps.");

    private Gebeurtenissen() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaatsingGerealiseerdV1(String plaatsingId, String partner, String gemeente, String regio, List<String> doelgroepen,
                                   String startdatum) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaatsingBeeindigdV1(String plaatsingId, String partner, String gemeente, String regio, List<String> doelgroepen,
                                String startdatum, String einddatum) {
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
    record NpsResponsGeregistreerdV1(String responsId, String meetronde, Integer score, String regio) {
    }
}
