package nl.wsp.matching.instrument;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;

import java.math.BigDecimal;

/**
 * The instruments a partner can deploy for a candidate, with the limits the sources set (domain.md, glossary).
 * A limit of null means the source sets none; a partner's catalogue entry may set a lower one.
 */
public enum Instrumentsoort implements MetCode {
    @JsonProperty("proefplaatsing") PROEFPLAATSING(3, null),          // max 2 months + 1 extension
    @JsonProperty("loonkostensubsidie") LOONKOSTENSUBSIDIE(null, null), // up to 70% of minimum wage, from the loonwaarde
    @JsonProperty("loondispensatie") LOONDISPENSATIE(null, null),
    @JsonProperty("no-riskpolis") NO_RISKPOLIS(null, null),
    @JsonProperty("jobcoaching") JOBCOACHING(36, null),                 // max 3 years
    @JsonProperty("stimuleringspremie") STIMULERINGSPREMIE(null, new BigDecimal("5000")),
    @JsonProperty("werkplekaanpassing") WERKPLEKAANPASSING(null, null);

    /** Loonkostensubsidie is at most this share of the statutory minimum wage. */
    public static final int MAX_LKS_PERCENTAGE_WML = 70;

    private final Integer maxMaanden;
    private final BigDecimal maxBedrag;

    Instrumentsoort(Integer maxMaanden, BigDecimal maxBedrag) {
        this.maxMaanden = maxMaanden;
        this.maxBedrag = maxBedrag;
    }

    public Integer maxMaanden() {
        return maxMaanden;
    }

    public BigDecimal maxBedrag() {
        return maxBedrag;
    }

    /** Stored as its code ({@code no-riskpolis}), docs/adr/0026 "Status values" (kinds follow the same rule). */
    @Converter
    public static class Code extends Codeconverter<Instrumentsoort> {
        public Code() {
            super(Instrumentsoort.class);
        }
    }

    /** LKS compensates the gap between the measured wage value and full productivity, capped at 70% of WML. */
    public static int loonkostensubsidiePercentage(int loonwaardePercentage) {
        return Math.min(MAX_LKS_PERCENTAGE_WML, 100 - loonwaardePercentage);
    }
}
