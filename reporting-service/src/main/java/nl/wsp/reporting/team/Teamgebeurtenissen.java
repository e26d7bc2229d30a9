package nl.wsp.reporting.team;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Our own copies of the fields the operational reports read (docs/events.md); unknown fields are ignored. Issue 17
 * item 4, docs/adr/0033.
 */
final class Teamgebeurtenissen {

    static final String TEAM_INGERICHT = "nl.werkgeversdienstverlening.teams.ingericht.v1";
    static final String TEAM_GEWIJZIGD = "nl.werkgeversdienstverlening.teams.gewijzigd.v1";
    static final String ADVISEUR_INGEDEELD = "nl.werkgeversdienstverlening.teams.adviseur-ingedeeld.v1";
    static final String VACATURE_GEOPEND = "nl.werkgeversdienstverlening.vacatures.geopend.v1";
    static final String CONTACTMOMENT_GEREGISTREERD = "nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1";
    static final String CONTACTVERZOEK_ONTVANGEN = "nl.werkgeversdienstverlening.contactverzoeken.ontvangen.v1";
    static final String CONTACTVERZOEK_BEANTWOORD = "nl.werkgeversdienstverlening.contactverzoeken.beantwoord.v1";
    static final String CONTACTVERZOEK_TERMIJN_VERSTREKEN = "nl.werkgeversdienstverlening.contactverzoeken.termijn-verstreken.v1";
    static final String PLAATSING_GEREALISEERD = "nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1";

    private Teamgebeurtenissen() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TeamV1(String teamId, String regio, String naam) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdviseurIngedeeldV1(String teamId, String adviseurId, String regio, String ingedeeldOp) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VacatureGeopendV1(String vacatureId, String regio, String accountmanagerId, String accountmanagerPartner) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactmomentV1(String contactmomentId, String werkgeverId, String adviseurId, String soort, String datum,
                           String regio, Boolean accountmanagerGenotificeerd, String vervolgUiterlijk) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactverzoekV1(String contactverzoekId, String ontvangenOp, String toegewezenAan, String regio,
                            Boolean binnenTermijn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaatsingV1(String plaatsingId, String vacatureId, String partner, String regio, String startdatum) {
    }
}
