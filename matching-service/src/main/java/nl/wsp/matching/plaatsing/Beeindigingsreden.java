package nl.wsp.matching.plaatsing;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.wsp.platform.opslag.MetCode;

/** Why a placement ended early (rule 10: people who lose their job again are followed up and reported). */
public enum Beeindigingsreden implements MetCode {
    @JsonProperty("ontslag") ONTSLAG,
    @JsonProperty("eigen-ontslag") EIGEN_ONTSLAG,
    @JsonProperty("einde-contract") EINDE_CONTRACT,
    @JsonProperty("ziekte") ZIEKTE,
    @JsonProperty("overig") OVERIG
}
