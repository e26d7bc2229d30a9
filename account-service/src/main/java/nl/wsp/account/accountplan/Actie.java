package nl.wsp.account.accountplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** An action agreed with the employer, with the date it is due and whether it is done. */
@Embeddable
public class Actie {

    @Column(nullable = false)
    private String omschrijving;

    @Column(nullable = false)
    private LocalDate uiterlijk;

    @Column(nullable = false)
    private boolean afgerond;

    protected Actie() {
    }

    public Actie(String omschrijving, LocalDate uiterlijk, boolean afgerond) {
        this.omschrijving = omschrijving;
        this.uiterlijk = uiterlijk;
        this.afgerond = afgerond;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public LocalDate uiterlijk() {
        return uiterlijk;
    }

    public boolean afgerond() {
        return afgerond;
    }
}
