package nl.wsp.reporting.indicatordoel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A target for an indicator other than placements (docs/adr/0039): how many company visits, event participants or
 * vacancies collected a region wants in a year, or which NPS it aims at; for the whole region ({@code sector} empty)
 * or for one sector, where it is a line of that sector's plan. Checked by {@link IndicatordoelRegels} before it is set.
 */
@Entity
@Table(name = "indicatordoel")
public class Indicatordoel {

    /** The sector of a target for the whole region. */
    public static final String HELE_REGIO = "";

    @Id
    private UUID id;
    private String regio;
    private int jaar;
    private String indicator;
    private String sector;
    private int doel;
    private String toelichting;
    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Indicatordoel() {
    }

    Indicatordoel(UUID id, String regio, int jaar, String indicator, String sector, int doel, String toelichting, Instant gewijzigdOp) {
        this.id = id;
        this.regio = regio;
        this.jaar = jaar;
        this.indicator = indicator;
        this.sector = sector == null ? HELE_REGIO : sector;
        this.doel = doel;
        this.toelichting = toelichting;
        this.gewijzigdOp = gewijzigdOp;
    }

    public UUID id() {
        return id;
    }

    public String regio() {
        return regio;
    }

    public int jaar() {
        return jaar;
    }

    public String indicator() {
        return indicator;
    }

    /** The sector, or null for the whole region. */
    public String sector() {
        return HELE_REGIO.equals(sector) ? null : sector;
    }

    public int doel() {
        return doel;
    }

    public String toelichting() {
        return toelichting;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    /** Takes over a change checked by {@link IndicatordoelRegels}; the id stays. */
    void wijzig(Indicatordoel nieuw) {
        regio = nieuw.regio;
        jaar = nieuw.jaar;
        indicator = nieuw.indicator;
        sector = nieuw.sector;
        doel = nieuw.doel;
        toelichting = nieuw.toelichting;
        gewijzigdOp = nieuw.gewijzigdOp;
    }
}
