package nl.wsp.matching.plaatsing;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.wsp.platform.opslag.MetCode;

/**
 * Why a placement ended early (rule 10: people who lose their job again are followed up and reported). {@code naar-ander-werk}
 * is the work-to-work outcome: the candidate went from this job straight to other work (seed 001 "Van werk naar
 * werk-trajecten"; 002: "begeleiden van werk naar werk wanneer voortzetting niet mogelijk is ook als een succes wordt
 * gezien"), which reporting counts as durable, not as a loss.
 */
public enum Beeindigingsreden implements MetCode {
    @JsonProperty("ontslag") ONTSLAG,
    @JsonProperty("eigen-ontslag") EIGEN_ONTSLAG,
    @JsonProperty("einde-contract") EINDE_CONTRACT,
    @JsonProperty("ziekte") ZIEKTE,
    @JsonProperty("naar-ander-werk") NAAR_ANDER_WERK,
    @JsonProperty("overig") OVERIG
}
