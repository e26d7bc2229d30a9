package nl.wsp.matching.instrument;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;

import java.math.BigDecimal;

/**
 * The instruments a partner can deploy for a candidate, with the limits and conditions the sources set (seed 003
 * "Instrumentarium", seed 004 chapter 5 "Instrumenten/voorzieningen"; docs/glossary.md). A limit of null means the source
 * sets none. A partner's catalogue entry may set a stricter limit, never a looser one: an entry beyond the kind's limit is
 * refused, naming the field ({@link Instrument}), not clamped.
 */
public enum Instrumentsoort implements MetCode {
    /** 004: "Richtlijn: maximaal 2 maanden met 1 maand verlenging" — 2 months, extended once by at most 1 (the verlenging step). */
    @JsonProperty("proefplaatsing") PROEFPLAATSING(null, 2, 1, null, false, null),
    /** 004: "tot maximaal 70% van het WML", from "de objectief vastgestelde loonwaarde"; "De duur is onbeperkt". */
    @JsonProperty("loonkostensubsidie") LOONKOSTENSUBSIDIE(null, null, 0, null, false, null),
    /** 004: "Voorwaarde is dat de werknemer een Wajong-uitkering heeft." */
    @JsonProperty("loondispensatie") LOONDISPENSATIE(null, null, 0, null, false, "wajong"),
    @JsonProperty("no-riskpolis") NO_RISKPOLIS(null, null, 0, null, false, null),
    /** 004: "in beginsel voor de duur van maximaal 3 jaar". */
    @JsonProperty("jobcoaching") JOBCOACHING(null, 36, 0, null, false, null),
    /** 004: "De hoogte van de stimuleringspremie is afhankelijk van specifieke omstandigheden, maar maximaal € 5.000,-". */
    @JsonProperty("stimuleringspremie") STIMULERINGSPREMIE(null, null, 0, new BigDecimal("5000"), false, null),
    @JsonProperty("werkplekaanpassing") WERKPLEKAANPASSING(null, null, 0, null, false, null),
    /** 003: "Detachering"; 004: "flexibele inzet van mensen via bijvoorbeeld detachering". */
    @JsonProperty("detachering") DETACHERING(null, null, 0, null, false, null),
    /** 003: "Groepsdetachering"; 004: "Een groepsdetachering is altijd maatwerk." */
    @JsonProperty("groepsdetachering") GROEPSDETACHERING(null, null, 0, null, false, null),
    /** 004: "detacheringsovereenkomsten (met de duur van minimaal 3 maanden)", by the Diamantgroep (18K Flex BV). */
    @JsonProperty("p-detachering") P_DETACHERING(3, null, 0, null, false, null),
    /** 003: "Scholing"; 004: "voor personen waarvoor scholing noodzakelijk is". */
    @JsonProperty("scholing") SCHOLING(null, null, 0, null, false, null),
    /**
     * 003: "Loonwaardebepaling", and "gezorgd worden voor één manier van loonwaardebepaling" (004: "een regionaal
     * gehanteerd instrument (Dariuz)"): one method per region is the regional menu's one line per kind.
     */
    @JsonProperty("loonwaardebepaling") LOONWAARDEBEPALING(null, null, 0, null, false, null),
    /** 004: "een vergoeding voor noodzakelijke kosten … welke niet anderszins worden vergoed": always an amount. */
    @JsonProperty("onkostenvergoeding") ONKOSTENVERGOEDING(null, null, 0, null, true, null),
    /** 004: "een tweedaagse training waarin de deelnemer opgeleid wordt tot de ideale collega" (for the employer's staff). */
    @JsonProperty("harrie-training") HARRIE_TRAINING(null, null, 0, null, false, null),
    /** 004: "Werk uitbesteding" to the Diamant-groep and Baanbrekers ("Samen met de werkgever ontwikkelen ze oplossingen op maat"). */
    @JsonProperty("werk-uitbesteding") WERK_UITBESTEDING(null, null, 0, null, false, null);

    /** Loonkostensubsidie is at most this share of the statutory minimum wage. */
    public static final int MAX_LKS_PERCENTAGE_WML = 70;

    private final Integer minMaanden;
    private final Integer maxMaanden;
    private final int verlengingMaanden;
    private final BigDecimal maxBedrag;
    private final boolean bedragVerplicht;
    private final String vereisteDoelgroep;

    Instrumentsoort(Integer minMaanden, Integer maxMaanden, int verlengingMaanden, BigDecimal maxBedrag,
                    boolean bedragVerplicht, String vereisteDoelgroep) {
        this.minMaanden = minMaanden;
        this.maxMaanden = maxMaanden;
        this.verlengingMaanden = verlengingMaanden;
        this.maxBedrag = maxBedrag;
        this.bedragVerplicht = bedragVerplicht;
        this.vereisteDoelgroep = vereisteDoelgroep;
    }

    /** The shortest duration the source allows (P-detachering: 3 months), else null. */
    public Integer minMaanden() {
        return minMaanden;
    }

    /** The longest duration of one request, before any extension, else null. */
    public Integer maxMaanden() {
        return maxMaanden;
    }

    /** How many months one extension may add (once); 0: the kind has no extension. */
    public int verlengingMaanden() {
        return verlengingMaanden;
    }

    public BigDecimal maxBedrag() {
        return maxBedrag;
    }

    /** Whether a request must name an amount (an expense refund is nothing without one). */
    public boolean bedragVerplicht() {
        return bedragVerplicht;
    }

    /** The target group (its code) the candidate must belong to (loondispensatie: wajong), else null. */
    public String vereisteDoelgroep() {
        return vereisteDoelgroep;
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
