package nl.wsp.account.nps;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.nps.respons-geregistreerd.v1}; {@code accountmanagerId}/{@code partner} absent
 * without account manager. {@code sector} (optional addition, issue 17 item 5): the employer's sector at the time of the
 * response, so a sector plan's NPS target has its realisation (docs/adr/0039).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NpsResponsGeregistreerd(UUID responsId, UUID werkgeverId, String meetronde, int score, UUID accountmanagerId,
                                      String partner, String regio, String sector) {

    public static final String TYPE = "nl.werkgeversdienstverlening.nps.respons-geregistreerd.v1";
    public static final String TOPIC = "wsp.account.nps";
}
