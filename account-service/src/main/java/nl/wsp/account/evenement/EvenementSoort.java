package nl.wsp.account.evenement;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;

/**
 * Kinds of employer event (issue 17, item 2; docs/adr/0031): the employer meetings of source 000
 * ("werkgeversbijeenkomsten"), the speed meets and job fairs of 001 ("Het organiseren van speedmeets met werkgevers",
 * "Het organiseren van banenmarkten") and the yearly job fair for the Banenafspraak target group of 004 ("de
 * Meet&amp;Match"). Stored as the API's code, as the events carry it (docs/adr/0026, "Status values").
 */
public enum EvenementSoort implements MetCode {
    @JsonProperty("werkgeversbijeenkomst") WERKGEVERSBIJEENKOMST,
    @JsonProperty("speedmeet") SPEEDMEET,
    @JsonProperty("banenmarkt") BANENMARKT,
    @JsonProperty("meet-en-match") MEET_EN_MATCH;

    @Converter
    public static class Code extends Codeconverter<EvenementSoort> {
        public Code() {
            super(EvenementSoort.class);
        }
    }
}
