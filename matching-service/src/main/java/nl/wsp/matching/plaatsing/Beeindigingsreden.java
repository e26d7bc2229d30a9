package nl.wsp.matching.plaatsing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a placement ended early (rule 10: people who lose their job again are followed up and reported). */
public enum Beeindigingsreden {
    @JsonProperty("ontslag") ONTSLAG("ontslag"),
    @JsonProperty("eigen-ontslag") EIGEN_ONTSLAG("eigen-ontslag"),
    @JsonProperty("einde-contract") EINDE_CONTRACT("einde-contract"),
    @JsonProperty("ziekte") ZIEKTE("ziekte"),
    @JsonProperty("overig") OVERIG("overig");

    private final String code;

    Beeindigingsreden(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
