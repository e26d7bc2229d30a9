package nl.wsp.reporting.banenafspraak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.wsp.platform.problem.Regelovertreding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The baseline (nulmeting) of the jobs agreement for one region and sector (docs/adr/0045): how many jobs were counted at
 * its date, the end of a quarter (the formal one is the end of 2012). The report counts the jobs gained and lost after
 * that quarter against it. Set by the beheerder; one per region and sector, a second setting replaces the first.
 */
@Entity
@Table(name = "banenafspraak_nulmeting")
public class Nulmeting {

    @Id
    private UUID id;
    private String regio;
    private String sector;
    private LocalDate peildatum;
    private int aantal;
    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Nulmeting() {
    }

    /** A baseline of one of the three sectors, dated at the end of a quarter, of no fewer than zero jobs. */
    static Nulmeting van(String regio, String sector, LocalDate peildatum, int aantal, Instant nu) {
        Nulmeting n = new Nulmeting();
        n.id = UUID.randomUUID();
        n.regio = regio;
        n.sector = sector;
        n.stel(peildatum, aantal, nu);
        return n;
    }

    /** Replaces date and count; the same rules as a new one. */
    void stel(LocalDate peildatum, int aantal, Instant nu) {
        if (!Banenafspraaksector.ALLE.contains(sector)) {
            throw new Ongeldig("sector", "een van " + String.join(", ", Banenafspraaksector.ALLE));
        }
        if (!peildatum.equals(eindeVanKwartaal(peildatum))) {
            throw new Ongeldig("peildatum", "het einde van een kwartaal, zoals 2012-12-31");
        }
        if (aantal < 0) {
            throw new Ongeldig("aantal", "niet negatief");
        }
        this.peildatum = peildatum;
        this.aantal = aantal;
        this.gewijzigdOp = nu;
    }

    static LocalDate eindeVanKwartaal(LocalDate dag) {
        int laatsteMaand = ((dag.getMonthValue() - 1) / 3) * 3 + 3;
        return LocalDate.of(dag.getYear(), laatsteMaand, 1).plusMonths(1).minusDays(1);
    }

    public UUID id() {
        return id;
    }

    public String regio() {
        return regio;
    }

    public String sector() {
        return sector;
    }

    public LocalDate peildatum() {
        return peildatum;
    }

    public int aantal() {
        return aantal;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    /** A baseline breaks a rule: 400 naming the field. */
    public static final class Ongeldig extends Regelovertreding {
        Ongeldig(String veld, String reden) {
            super(veld, reden);
        }
    }
}
